import type { Node } from 'web-tree-sitter';
import type { LoopFact, Scope } from './facts.js';
import type { TypeDispatch } from './frameworks/framework.js';
import type { Project } from './project.js';
import { calledMethodName, identifierPath } from './syntax-tree.js';

/**
 * Scopes that handle client messages: those that read from a socket (`await ws.receive_json()`,
 * `async for message in websocket`, `ws.iter_json()`), and, transitively, the functions they hand
 * a received message to (`await handle_message(ws, data)`).
 */
export function findReceivingScopes(project: Project, dispatch: TypeDispatch): Set<Scope> {
  const reading = project.scopes.filter((scope) => readsSocket(scope, dispatch));
  const receiving = new Set(reading);
  const handedOn = new Set<Scope>();
  const pending = [...reading];
  for (let scope = pending.pop(); scope; scope = pending.pop()) {
    const received = receivedNames(scope, dispatch, handedOn.has(scope));
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

function readsSocket(scope: Scope, dispatch: TypeDispatch): boolean {
  return scope.calls.some((call) => isReadCall(call.node, dispatch)) || scope.loops.some(iteratesSocket);
}

function isReadCall(call: Node, dispatch: TypeDispatch): boolean {
  const method = calledMethodName(call);
  return method !== undefined && (dispatch.receiveMethods.includes(method) || dispatch.iterateMethods.includes(method));
}

/** `async for message in websocket:` iterates the socket itself (a call would be some other stream). */
function iteratesSocket(loop: LoopFact): boolean {
  return loop.isAsync && (loop.iterable.type === 'identifier' || loop.iterable.type === 'attribute');
}

/**
 * Variables holding a received message: assigned from a read call or `json.loads(...)`, targets
 * of loops over the socket, and the parameters of a function a message was handed to.
 */
function receivedNames(scope: Scope, dispatch: TypeDispatch, handedOn: boolean): Set<string> {
  const names = new Set(handedOn ? scope.parameters.map((parameter) => parameter.name) : []);
  for (const [name, assignments] of scope.assignments) {
    if (assignments.some((assignment) => containsRead(assignment.value, dispatch))) names.add(name);
  }
  for (const loop of scope.loops) {
    if (loop.target.type === 'identifier' && readsInLoop(loop, dispatch)) names.add(loop.target.text);
  }
  return names;
}

function readsInLoop(loop: LoopFact, dispatch: TypeDispatch): boolean {
  return iteratesSocket(loop) || (loop.iterable.type === 'call' && isReadCall(loop.iterable, dispatch));
}

function containsRead(value: Node, dispatch: TypeDispatch): boolean {
  return [value, ...value.descendantsOfType('call')].some((node) => {
    if (node.type !== 'call') return false;
    const callee = node.childForFieldName('function');
    return isReadCall(node, dispatch) || (callee ? identifierPath(callee)?.at(-1) === 'loads' : false);
  });
}

function passesAny(call: Node, names: ReadonlySet<string>): boolean {
  const argumentList = call.childForFieldName('arguments');
  return (argumentList?.namedChildren ?? []).some((argument) => {
    const value = argument.type === 'keyword_argument' ? argument.childForFieldName('value') : argument;
    return value?.type === 'identifier' && names.has(value.text);
  });
}
