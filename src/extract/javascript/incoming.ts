import { isCall, isCallTo, isFunction, isMember, memberName, unwrap, type FunctionNode, type Node } from './ast.js';
import { DEFAULT_DISCRIMINANT } from './discriminant-keys.js';
import { MESSAGE_CONTAINER_FIELDS } from './frameworks/native-websocket.js';
import type { ParsedFile } from './parsed-file.js';
import type { Project } from './project.js';
import type { Binding } from './scope.js';
import type { Located } from './trace.js';

/** `message`: an incoming message (or its envelope); `type`: the field naming its event (or a catch-all's event name). */
export type IncomingPart = 'message' | 'type';

/** Where a catch-all handler is registered: the rule that found it and its socket's namespace. */
export interface CatchAllOrigin {
  rule: string;
  namespace?: string;
}

const MAX_DEPTH = 200;

function readField(part: IncomingPart | undefined, field: string, typeFields: ReadonlySet<string>): IncomingPart | undefined {
  if (part !== 'message') return undefined;
  if (MESSAGE_CONTAINER_FIELDS.has(field)) return 'message';
  return typeFields.has(field) ? 'type' : undefined;
}

function readPath(part: IncomingPart | undefined, path: readonly string[], typeFields: ReadonlySet<string>): IncomingPart | undefined {
  return path.reduce<IncomingPart | undefined>((current, field) => readField(current, field, typeFields), part);
}

/** `x.toString()` and `String(x)` hold the same message text as `x`. */
function withoutTextConversion(node: Node): Node {
  const inner = unwrap(node);
  if (!isCall(inner)) return inner;
  const callee = unwrap(inner.callee);
  if (isMember(callee) && memberName(callee) === 'toString' && inner.arguments.length === 0) return unwrap(callee.object);
  if (callee.type === 'Identifier' && callee.name === 'String' && inner.arguments[0]) return unwrap(inner.arguments[0]);
  return inner;
}

/**
 * Which values are messages that arrived from the other side: parameters of socket handlers and of
 * the transport's `message` callbacks, `JSON.parse(event.data)` inside those callbacks, parameters
 * of functions those callbacks hand a message to (one hop), and variables holding any of these.
 */
export class IncomingMessages {
  private readonly messageParams = new Map<FunctionNode, Set<number>>();
  /** Catch-all handlers (`socket.onAny((event, ...args) => ...)`), whose first parameter is the event's name. */
  private readonly catchAlls = new Map<FunctionNode, CatchAllOrigin>();
  private readonly envelopeCallbacks = new Set<FunctionNode>();
  /** Answers so far; `null` is "not incoming" (also while a node is being decided, which ends cycles). */
  private readonly byNode = new Map<Node, IncomingPart | null>();
  private readonly byBinding = new Map<Binding, IncomingPart | null>();
  private depth = 0;
  /** The fields that name a message's event (see `useTypeFields`). */
  private fields: ReadonlySet<string> = new Set([DEFAULT_DISCRIMINANT]);

  constructor(private readonly project: Project) {}

  /** Which fields of an incoming message name its event: `type`, or the keys the code dispatches on (`event`, `action`). */
  useTypeFields(fields: ReadonlySet<string>): void {
    this.fields = fields;
    this.byNode.clear();
    this.byBinding.clear();
  }

  get typeFields(): ReadonlySet<string> {
    return this.fields;
  }

  /** A socket event handler (`envelope`: the transport's `message` callback); its first parameter is incoming. */
  addHandler(fn: FunctionNode, envelope: boolean): void {
    this.addParam(fn, 0);
    if (envelope) this.envelopeCallbacks.add(fn);
  }

  /** A catch-all handler: comparisons of its first parameter (`event === 'x'`) dispatch on the event's name. */
  addCatchAll(fn: FunctionNode, origin: CatchAllOrigin): void {
    this.catchAlls.set(fn, origin);
    this.byNode.clear();
    this.byBinding.clear();
  }

  /** The catch-all an event-name expression is the first parameter of, when it is one. */
  catchAllOf(located: Located): CatchAllOrigin | undefined {
    const node = unwrap(located.node);
    if (node.type !== 'Identifier') return undefined;
    const param = this.project.bindingsOf(located.file, node)[0]?.param;
    return param?.index === 0 && param.path.length === 0 ? this.catchAlls.get(param.fn) : undefined;
  }

  addParam(fn: FunctionNode, index: number): void {
    const indexes = this.messageParams.get(fn) ?? new Set<number>();
    indexes.add(index);
    this.messageParams.set(fn, indexes);
    this.byNode.clear();
    this.byBinding.clear();
  }

  classify(located: Located): IncomingPart | undefined {
    if (this.messageParams.size === 0 && this.catchAlls.size === 0) return undefined;
    const node = unwrap(located.node);
    return this.memoized(this.byNode, node, () => this.decide(node, located.file));
  }

  private memoized<K>(
    cache: Map<K, IncomingPart | null>,
    key: K,
    decide: () => IncomingPart | undefined,
  ): IncomingPart | undefined {
    const known = cache.get(key);
    if (known !== undefined) return known ?? undefined;
    if (this.depth > MAX_DEPTH) return undefined;
    cache.set(key, null);
    this.depth++;
    try {
      const part = decide();
      cache.set(key, part ?? null);
      return part;
    } finally {
      this.depth--;
    }
  }

  private decide(node: Node, file: ParsedFile): IncomingPart | undefined {
    if (node.type === 'AwaitExpression' && node.argument) return this.classify({ node: node.argument, file });
    if (isMember(node)) {
      const field = memberName(node);
      return field === undefined ? undefined : readField(this.classify({ node: node.object, file }), field, this.typeFields);
    }
    if (isCallTo(node, 'JSON', 'parse') && node.arguments[0]) return this.parsedMessage(node.arguments[0], node, file);
    if (node.type !== 'Identifier') return undefined;
    for (const binding of this.project.bindingsOf(file, node)) {
      const part = this.memoized(this.byBinding, binding, () => this.bindingPart(binding));
      if (part) return part;
    }
    return undefined;
  }

  private parsedMessage(argument: Node, call: Node, file: ParsedFile): IncomingPart | undefined {
    const text = withoutTextConversion(argument);
    if (this.classify({ node: text, file }) === 'message') return 'message';
    const readsData = isMember(text) && MESSAGE_CONTAINER_FIELDS.has(memberName(text) ?? '');
    return readsData && this.insideEnvelopeCallback(file, call) ? 'message' : undefined;
  }

  private bindingPart(binding: Binding): IncomingPart | undefined {
    if (binding.param) {
      const { fn, index, path } = binding.param;
      if (this.catchAlls.has(fn) && index === 0 && path.length === 0) return 'type';
      const incoming = this.messageParams.get(binding.param.fn)?.has(binding.param.index);
      return incoming ? readPath('message', binding.param.path, this.typeFields) : undefined;
    }
    for (const value of binding.values) {
      const part = readPath(this.classify({ node: value.node, file: value.file }), value.path, this.typeFields);
      if (part) return part;
    }
    return undefined;
  }

  private insideEnvelopeCallback(file: ParsedFile, node: Node): boolean {
    for (let current = file.parents.get(node); current; current = file.parents.get(current)) {
      if (isFunction(current) && this.envelopeCallbacks.has(current)) return true;
    }
    return false;
  }
}
