import type * as t from '@babel/types';

import {
  isCall, isFunction, isMember, isValueArgument, keyName, memberName, methodCall, outermost, referenceName, unwrap, walk,
  type CallArgument, type CallNode, type Node,
} from './ast.js';
import type { ClassInfo } from './classes.js';
import type { IncomingMessages } from './incoming.js';
import type { ParsedFile } from './parsed-file.js';
import { messageOf, pathAfter, sameBase, type PayloadPaths, type RelativePath } from './payload-paths.js';
import { agreedView, WHOLE_MESSAGE, type PayloadView } from './payload-receivers.js';
import type { SocketCall } from './socket-calls.js';
import type { Located, Tracer } from './trace.js';

/** Array methods whose callback receives each element: `listeners.get(type)?.forEach((fn) => fn(msg))`. */
const ELEMENT_CALLBACKS: ReadonlySet<string> = new Set(['forEach', 'map', 'some', 'every', 'filter', 'find']);
/** Event objects a manager can re-dispatch a message in, and the property that holds it. */
const EVENT_WRAPPERS: ReadonlyMap<string, string> = new Map([['CustomEvent', 'detail'], ['MessageEvent', 'data']]);
const MAX_HOPS = 4;

/**
 * How handlers receive the message: the whole message for a socket library's `on`; for the
 * client's own manager, what its bridge re-raises (`this.emit(msg.type, msg.data)` → `data`); for
 * handler maps and registries, what the dispatcher's call passes (`handlers[msg.type](msg)`).
 * Undefined when that cannot be seen.
 */
export class HandlerViews {
  private readonly bridgeViews = new Map<ClassInfo, PayloadView | undefined>();

  constructor(
    private readonly tracer: Tracer,
    private readonly incoming: IncomingMessages,
    private readonly paths: PayloadPaths,
  ) {}

  /** A handler registered with `X.on('evt', fn)`: whole messages, unless X is the client's own manager. */
  ofSocketCall(socketCall: SocketCall): PayloadView | undefined {
    if (socketCall.receiver.origin.kind !== 'manager') return WHOLE_MESSAGE;
    const target = methodCall(socketCall.call);
    const manager = target && this.managerClass({ node: target.receiver, file: socketCall.file });
    return manager && this.bridgeView(manager);
  }

  /** The handlers `read` evaluates to, as the calls that invoke them pass the message whose type is `type`. */
  ofInvocations(read: Located, type: Located): PayloadView | undefined {
    const message = messageOf(this.paths.of(type), this.incoming.typeFields);
    if (!message) return undefined;
    const views = this.invocations(read, 0).flatMap((call) => this.passedView(call, message) ?? []);
    return agreedView(views);
  }

  private managerClass(receiver: Located): ClassInfo | undefined {
    for (const traced of this.tracer.trace(receiver)) {
      const info = traced.kind === 'value' && traced.node.type === 'NewExpression' ? this.tracer.classOf(traced) : undefined;
      if (info) return info;
    }
    return undefined;
  }

  private bridgeView(manager: ClassInfo): PayloadView | undefined {
    if (!this.bridgeViews.has(manager)) {
      const views = this.tracer.classChain(manager).flatMap((info) => this.bridgesIn(info));
      this.bridgeViews.set(manager, agreedView(views));
    }
    return this.bridgeViews.get(manager);
  }

  /** `this.emit(msg.type, payload)` and `this.dispatchEvent(new CustomEvent(msg.type, { detail: payload }))`. */
  private bridgesIn(info: ClassInfo): PayloadView[] {
    const views: PayloadView[] = [];
    walk(info.node.body, (node) => {
      const bridge = isCall(node) ? bridgeCall(node) : undefined;
      const view = bridge && this.bridgeViewOf(bridge, info.file);
      if (view) views.push(view);
    });
    return views;
  }

  private bridgeViewOf(bridge: Bridge, file: ParsedFile): PayloadView | undefined {
    const { name, payload, strip } = bridge;
    if (!isValueArgument(name) || !isValueArgument(payload)) return undefined;
    if (this.incoming.classify({ node: name, file }) !== 'type') return undefined;
    const message = messageOf(this.paths.of({ node: name, file }), this.incoming.typeFields);
    const prefix = message && this.pathInMessage({ node: payload, file }, message);
    return prefix && { param: 0, strip, prefix };
  }

  private pathInMessage(value: Located, message: RelativePath): string[] | undefined {
    const relative = this.paths.of(value);
    return sameBase(relative.base, message.base) ? pathAfter(relative.path, message.path) : undefined;
  }

  private passedView(call: Located<CallNode>, message: RelativePath): PayloadView | undefined {
    for (const [index, argument] of call.node.arguments.entries()) {
      const prefix = isValueArgument(argument) && this.pathInMessage({ node: argument, file: call.file }, message);
      if (prefix) return { param: index, strip: [], prefix };
    }
    return undefined;
  }

  /** The calls that invoke the function(s) an expression evaluates to: directly, through a variable, or per element. */
  private invocations(located: Located, hops: number): Located<CallNode>[] {
    const { file } = located;
    const own = outermost(located.node, file.parents);
    const parent = file.parents.get(own);
    if (!parent || hops > MAX_HOPS) return [];
    if (isCall(parent)) return parent.callee === own ? [{ node: parent, file }] : [];
    if (parent.type === 'LogicalExpression' || (parent.type === 'ConditionalExpression' && parent.test !== own)) {
      return this.invocations({ node: parent, file }, hops + 1);
    }
    if (parent.type === 'VariableDeclarator' && parent.init === own && parent.id.type === 'Identifier') {
      return this.referenceInvocations(parent.id, file, hops);
    }
    if (isMember(parent) && parent.object === own && ELEMENT_CALLBACKS.has(memberName(parent) ?? '')) {
      const call = file.parents.get(outermost(parent, file.parents));
      const callback = call && isCall(call) && call.arguments[0] ? unwrap(call.arguments[0]) : undefined;
      const element = callback && isFunction(callback) ? callback.params[0] : undefined;
      return element?.type === 'Identifier' ? this.referenceInvocations(element, file, hops) : [];
    }
    return [];
  }

  private referenceInvocations(declared: t.Identifier, file: ParsedFile, hops: number): Located<CallNode>[] {
    const binding = file.scopes.lookup(declared);
    if (!binding) return [];
    return file.nodes.flatMap((node) =>
      node.type === 'Identifier' && node !== declared && file.scopes.lookup(node) === binding
        ? this.invocations({ node, file }, hops + 1)
        : [],
    );
  }
}

interface Bridge {
  name: CallArgument | undefined;
  payload: CallArgument | undefined;
  strip: string[];
}

/** A call on `this` that may re-raise a message: `emit(name, payload)` or `dispatchEvent(event)`. */
function bridgeCall(call: CallNode): Bridge | undefined {
  const target = methodCall(call);
  if (!target || unwrap(target.receiver).type !== 'ThisExpression') return undefined;
  if (target.method === 'emit') return { name: call.arguments[0], payload: call.arguments[1], strip: [] };
  return target.method === 'dispatchEvent' ? wrappedEvent(call.arguments[0]) : undefined;
}

/** `new CustomEvent(name, { detail: payload })`: the name, and the payload inside the event. */
function wrappedEvent(argument: CallArgument | undefined): Bridge | undefined {
  const event = argument && unwrap(argument);
  if (event?.type !== 'NewExpression') return undefined;
  const property = EVENT_WRAPPERS.get(referenceName(event.callee) ?? '');
  const options = event.arguments[1] && unwrap(event.arguments[1]);
  if (property === undefined || options?.type !== 'ObjectExpression') return undefined;
  const holder = options.properties.find(
    (entry): entry is t.ObjectProperty => entry.type === 'ObjectProperty' && keyName(entry.key, entry.computed) === property,
  );
  const payload = holder?.value;
  return payload && isValueArgument(payload) ? { name: event.arguments[0], payload, strip: [property] } : undefined;
}
