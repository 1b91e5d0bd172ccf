import type { Node } from 'web-tree-sitter';
import { attributeSource, identifierSources } from './bindings.js';
import { argumentForParameter } from './call-arguments.js';
import { externalName, isOneOf } from './external-names.js';
import type { CallFact, CallTarget, Scope, ScopedValue } from './facts.js';
import { append } from '../../util/map-lists.js';
import type { Project } from './project.js';
import { identifierPath, unwrapParentheses } from './syntax-tree.js';

/** Queues whose `put` item comes out of `get` unchanged (janus through its `async_q`/`sync_q` sides). */
const QUEUE_CLASSES = [
  'asyncio.Queue',
  'asyncio.LifoQueue',
  'asyncio.PriorityQueue',
  'queue.Queue',
  'queue.SimpleQueue',
  'queue.LifoQueue',
  'queue.PriorityQueue',
  'multiprocessing.Queue',
  'multiprocessing.SimpleQueue',
  'multiprocessing.JoinableQueue',
  'janus.Queue',
];
const PUT_METHODS = ['put', 'put_nowait'];
const GET_METHODS = ['get', 'get_nowait'];
const JANUS_SIDES = ['async_q', 'sync_q'];
const MAX_DEPTH = 8;

interface QueueIndex {
  /** Queue (its constructor call) → the items every scanned `put` hands to it. */
  itemsByQueue: Map<string, ScopedValue[]>;
  callers: Map<Scope, { call: CallFact; target: CallTarget }[]>;
}

const indexes = new WeakMap<Project, QueueIndex>();

/**
 * The items a `q.get()` call may return: what the scanned code puts on the same queue. A queue is
 * the same when both ends reach one constructor call (`asyncio.Queue()`), through a module
 * variable, `self.queue`, or parameters every scanned caller fills with it. Undefined when `call`
 * is not a `get` on such a queue.
 */
export function queuedItems(project: Project, call: Node, scope: Scope): ScopedValue[] | undefined {
  const receiver = queueMethodReceiver(call, GET_METHODS);
  if (!receiver) return undefined;
  const index = queueIndex(project);
  const queues = queueKeys(project, index, scope, receiver, 0);
  if (queues.length === 0) return undefined;
  return queues.flatMap((queue) => index.itemsByQueue.get(queue) ?? []);
}

function queueIndex(project: Project): QueueIndex {
  const known = indexes.get(project);
  if (known) return known;
  const calls = project.scopes.flatMap((scope) => scope.calls);
  const index: QueueIndex = { itemsByQueue: new Map(), callers: new Map() };
  for (const call of calls) {
    for (const target of call.targets) {
      append(index.callers, target.scope, { call, target });
    }
  }
  for (const call of calls) {
    // `call.method`, read once per call, leaves out the calls of other methods before the tree is read.
    if (!PUT_METHODS.includes(call.method?.name ?? '')) continue;
    const receiver = queueMethodReceiver(call.node, PUT_METHODS);
    const item = call.positional[0] ?? call.keywords.get('item');
    if (!receiver || !item) continue;
    for (const queue of queueKeys(project, index, call.scope, receiver, 0)) {
      append(index.itemsByQueue, queue, { node: item, scope: call.scope });
    }
  }
  indexes.set(project, index);
  return index;
}

function queueMethodReceiver(call: Node, methods: readonly string[]): Node | undefined {
  const callee = call.type === 'call' ? call.childForFieldName('function') : null;
  const method = callee?.type === 'attribute' ? callee.childForFieldName('attribute')?.text : undefined;
  if (method === undefined || !methods.includes(method)) return undefined;
  return callee?.childForFieldName('object') ?? undefined;
}

/** The constructor calls (as `file\0offset`) an expression may hold the queue of. */
function queueKeys(project: Project, index: QueueIndex, scope: Scope, node: Node, depth: number): string[] {
  const expression = unwrapParentheses(node);
  if (depth > MAX_DEPTH) return [];
  if (expression.type === 'attribute' && JANUS_SIDES.includes(expression.childForFieldName('attribute')?.text ?? '')) {
    const queue = expression.childForFieldName('object');
    return queue ? queueKeys(project, index, scope, queue, depth + 1) : [];
  }
  if (expression.type === 'call') {
    const callee = expression.childForFieldName('function');
    const path = callee ? identifierPath(callee) : undefined;
    const built = path ? externalName(project, scope.module, path) : undefined;
    return isOneOf(built, QUEUE_CLASSES) ? [`${scope.module.file.path}\0${expression.startIndex}`] : [];
  }
  return boundValues(project, index, scope, expression).flatMap((value) =>
    queueKeys(project, index, value.scope, value.node, depth + 1),
  );
}

function boundValues(project: Project, index: QueueIndex, scope: Scope, expression: Node): ScopedValue[] {
  if (expression.type === 'attribute') {
    const path = identifierPath(expression);
    const source = path ? attributeSource(project, scope, path) : undefined;
    return source?.kind === 'outer' ? source.values : [];
  }
  if (expression.type !== 'identifier') return [];
  return identifierSources(project, scope, expression).flatMap((source): ScopedValue[] => {
    if (source.kind === 'local') return source.values.map((value) => ({ node: value, scope }));
    if (source.kind === 'outer') return source.values;
    return (index.callers.get(scope) ?? []).flatMap(({ call, target }) => {
      const argument = argumentForParameter(call, target, source.index);
      return argument ? [argument] : [];
    });
  });
}
