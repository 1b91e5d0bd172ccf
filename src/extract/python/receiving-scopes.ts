import type { Node } from 'web-tree-sitter';
import { derivesFrom } from './class-ancestry.js';
import type { CallFact, LoopFact, Scope } from './facts.js';
import type { SocketReads, TypeDispatch } from './frameworks/framework.js';
import type { Project } from './project.js';
import { calledMethodName, identifierPath } from './syntax-tree.js';

/**
 * Scopes that handle client messages: those that read from a socket (`await ws.receive_json()`,
 * `async for message in websocket`, `ws.iter_json()`), those the framework calls with each message
 * (`receive_json` of a Channels consumer), and, transitively, the functions they hand
 * a received message to (`await handle_message(ws, data)`).
 */
export function findReceivingScopes(project: Project, dispatch: TypeDispatch): Set<Scope> {
  const reads = dispatch.socketReads;
  const reading = reads ? project.scopes.filter((scope) => readsSocket(scope, reads)) : [];
  const called = project.scopes.filter((scope) => isReceivingMethod(project, scope, dispatch));
  const receiving = new Set([...reading, ...called]);
  const handedOn = new Set<Scope>(called);
  const pending = [...receiving];
  for (let scope = pending.pop(); scope; scope = pending.pop()) {
    const received = receivedNames(scope, reads, handedOn.has(scope));
    for (const call of scope.calls) {
      if (!passesAny(call.node, received)) continue;
      for (const { scope: target } of call.targets) {
        if (receiving.has(target)) continue;
        receiving.add(target);
        handedOn.add(target);
        pending.push(target);
      }
    }
  }
  return receiving;
}

/** A method the framework calls with each message (`receive_json` of a Channels consumer). */
function isReceivingMethod(project: Project, scope: Scope, dispatch: TypeDispatch): boolean {
  const methods = dispatch.receivingMethods;
  const owner = scope.ownerClass;
  if (!methods || !owner) return false;
  const isOwnMethod = methods.names.some((name) => owner.methods.get(name) === scope);
  return isOwnMethod && derivesFrom(project, owner, methods.classes);
}

function readsSocket(scope: Scope, reads: SocketReads): boolean {
  const readCall = scope.calls.some((call) => mayRead(call, reads) && isReadCall(call.node, reads));
  return readCall || scope.loops.some(iteratesSocket);
}

/** `call.method`, read once per call, leaves out the calls of other methods before the tree is read. */
function mayRead(call: CallFact, reads: SocketReads): boolean {
  const name = call.method?.name;
  return name !== undefined && (reads.receiveMethods.includes(name) || reads.iterateMethods.includes(name));
}

function isReadCall(call: Node, reads: SocketReads | undefined): boolean {
  const method = calledMethodName(call);
  if (method === undefined || reads === undefined) return false;
  return reads.receiveMethods.includes(method) || reads.iterateMethods.includes(method);
}

/** `async for message in websocket:` iterates the socket itself (a call would be some other stream). */
function iteratesSocket(loop: LoopFact): boolean {
  return loop.isAsync && (loop.iterable.type === 'identifier' || loop.iterable.type === 'attribute');
}

/**
 * Variables holding a received message: assigned from a read call or `json.loads(...)`, targets
 * of loops over the socket, and the parameters of a function a message was handed to.
 */
function receivedNames(scope: Scope, reads: SocketReads | undefined, handedOn: boolean): Set<string> {
  const parameters = handedOn ? scope.parameters.slice(scope.boundParameters) : [];
  const names = new Set(parameters.map((parameter) => parameter.name));
  for (const [name, assignments] of scope.assignments) {
    if (assignments.some((assignment) => containsRead(assignment.value, reads))) names.add(name);
  }
  for (const loop of scope.loops) {
    if (loop.target.type === 'identifier' && reads && readsInLoop(loop, reads)) names.add(loop.target.text);
  }
  return names;
}

function readsInLoop(loop: LoopFact, reads: SocketReads): boolean {
  return iteratesSocket(loop) || (loop.iterable.type === 'call' && isReadCall(loop.iterable, reads));
}

function containsRead(value: Node, reads: SocketReads | undefined): boolean {
  return [value, ...value.descendantsOfType('call')].some((node) => {
    if (node.type !== 'call') return false;
    const callee = node.childForFieldName('function');
    return isReadCall(node, reads) || (callee ? identifierPath(callee)?.at(-1) === 'loads' : false);
  });
}

function passesAny(call: Node, names: ReadonlySet<string>): boolean {
  const argumentList = call.childForFieldName('arguments');
  return (argumentList?.namedChildren ?? []).some((argument) => {
    const value = argument.type === 'keyword_argument' ? argument.childForFieldName('value') : argument;
    return value?.type === 'identifier' && names.has(value.text);
  });
}
