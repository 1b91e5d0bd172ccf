import { isCall, isMember, isValueArgument, memberName, methodCall, unwrap, type CallNode, type Node } from './ast.js';
import { DOM_EVENT_NAMES } from './dom-events.js';
import type { EventNames } from './event-names.js';
import { FRAMEWORKS_IN_ORDER } from './frameworks/index.js';
import { ruleId, type JavascriptFramework, type ReceiverCallRule } from './frameworks/framework.js';
import { ENVELOPE_EVENT, ENVELOPE_HANDLER_PROPERTY } from './frameworks/native-websocket.js';
import type { HandlerViews } from './handler-views.js';
import type { Messages } from './messages.js';
import { sourceText, type ParsedFile } from './parsed-file.js';
import type { PayloadReceiver } from './payload-receivers.js';
import type { Project } from './project.js';
import type { ReceiverClassifier, SocketReceiver } from './receivers.js';
import type { Occurrence } from './site-collector.js';
import type { Located } from './trace.js';

/** A method call on a socket-like receiver that one framework's rule understands. */
export interface SocketCall {
  call: CallNode;
  file: ParsedFile;
  method: string;
  receiver: SocketReceiver;
  framework: JavascriptFramework;
  rule: ReceiverCallRule;
}

/**
 * What a handler registration listens to: a socket `event` (lifecycle ones such as `open` included:
 * the analysis knows them as library events), the transport's `envelope` (`message`, whose callback
 * receives every message), or a `platform` event of the DOM.
 */
export type ListenedEvent = 'event' | 'envelope' | 'platform';

const RULE_METHODS = new Set(
  FRAMEWORKS_IN_ORDER.flatMap((framework) => framework.receiverCalls.flatMap((rule) => rule.methods)),
);

type RuleMatch = { framework: JavascriptFramework; rule: ReceiverCallRule };

function matchingRule(method: string, receiver: SocketReceiver): RuleMatch | undefined {
  for (const framework of FRAMEWORKS_IN_ORDER) {
    const rule = framework.receiverCalls.find(
      (candidate) => candidate.methods.includes(method) && candidate.appliesTo(receiver),
    );
    if (rule) return { framework, rule };
  }
  return undefined;
}

export function findSocketCalls(project: Project, receivers: ReceiverClassifier): SocketCall[] {
  const found: SocketCall[] = [];
  for (const file of project.files) {
    for (const node of file.nodes) {
      if (!isCall(node)) continue;
      const target = methodCall(node);
      if (!target || !RULE_METHODS.has(target.method)) continue;
      const receiver = receivers.classify({ node: target.receiver, file });
      const match = receiver && matchingRule(target.method, receiver);
      if (receiver && match) found.push({ call: node, file, method: target.method, receiver, ...match });
    }
  }
  return found;
}

/** `socket.onmessage = handler`: the handlers assigned to a socket's envelope property. */
export function findEnvelopeProperties(project: Project, receivers: ReceiverClassifier): Located[] {
  const handlers: Located[] = [];
  for (const file of project.files) {
    for (const node of file.nodes) {
      if (node.type !== 'AssignmentExpression' || !isMember(node.left)) continue;
      const isEnvelopeProperty = memberName(node.left) === ENVELOPE_HANDLER_PROPERTY;
      if (!isEnvelopeProperty || !receivers.classify({ node: node.left.object, file })) continue;
      handlers.push({ node: node.right, file });
    }
  }
  return handlers;
}

export function listenedEvent(socketCall: SocketCall, names: EventNames): ListenedEvent {
  const nameArgument = socketCall.call.arguments[0];
  if (!nameArgument) return 'platform';
  const name = names.pattern({ node: nameArgument, file: socketCall.file });
  if (name.dynamic) return 'event';
  if (DOM_EVENT_NAMES.has(name.text)) return 'platform';
  const { receiver } = socketCall;
  const isManager = receiver.origin.kind === 'manager' || receiver.origin.kind === 'manager-self';
  const onTransport = receiver.isRawWebSocket || (socketCall.method === 'addEventListener' && !isManager);
  return onTransport && name.text === ENVELOPE_EVENT ? 'envelope' : 'event';
}

/** The method's name in `socket.onAny(...)`: where a site of a name the API fixes is. */
function methodNameNode(call: CallNode): Node {
  const callee = unwrap(call.callee);
  return isMember(callee) ? callee.property : callee;
}

type CallContext = Omit<Occurrence, 'role' | 'at'>;

/** What every occurrence of a socket call shares: rule, `via`, namespace and payload keys. */
function callContext(socketCall: SocketCall, messages: Messages): CallContext {
  const { call, file, rule, receiver } = socketCall;
  const via = sourceText(file, call.callee);
  const context: CallContext = { kind: rule.kind, scope: rule.scope, rule: ruleId(socketCall.framework), via };
  if (receiver.namespace !== undefined) context.namespace = receiver.namespace;
  const payloadKeys = payloadKeysOf(socketCall, messages);
  if (payloadKeys) context.payloadKeys = payloadKeys;
  return context;
}

/** Keys of the payload object literal at the rule's payload argument, when it is one. */
function payloadKeysOf(socketCall: SocketCall, messages: Messages): string[] | undefined {
  const index = socketCall.rule.payloadArgument;
  const payload = index === undefined ? undefined : socketCall.call.arguments[index];
  if (!isValueArgument(payload)) return undefined;
  return messages.objectKeys({ node: payload, file: socketCall.file });
}

/** A name the API decides (`onAny`: every event; Socket.IO's `send`: `message`), sited at the method's name. */
function fixedNameOccurrence(socketCall: SocketCall, context: CallContext): Occurrence | undefined {
  const { rule } = socketCall;
  const at = { node: methodNameNode(socketCall.call), file: socketCall.file };
  if (rule.name === 'every-event') {
    return { ...context, role: 'fixed', at, fixedName: { text: '*', dynamic: true }, catchAll: true };
  }
  return rule.fixedName === undefined
    ? undefined
    : { ...context, role: 'fixed', at, fixedName: { text: rule.fixedName, dynamic: false } };
}

/** Where the handler a registration passes receives its payload, when the call has one and that can be seen. */
function handlerReceiver(socketCall: SocketCall, views: HandlerViews): PayloadReceiver | undefined {
  const index = socketCall.rule.callbackArgument;
  const callback = index === undefined ? undefined : socketCall.call.arguments[index];
  if (!isValueArgument(callback)) return undefined;
  const view = views.ofSocketCall(socketCall);
  return view && { kind: 'callback', handlers: [{ node: callback, file: socketCall.file }], view };
}

/** The occurrence a socket call stands for, or undefined when it carries no event. */
export function socketCallOccurrence(
  socketCall: SocketCall,
  names: EventNames,
  messages: Messages,
  views: HandlerViews,
): Occurrence | undefined {
  const { call, file, rule } = socketCall;
  const context = callContext(socketCall, messages);
  if (rule.name === 'every-event' || rule.name === 'fixed') return fixedNameOccurrence(socketCall, context);
  const first = call.arguments[0];
  if (!isValueArgument(first)) return undefined;
  if (rule.kind === 'handle' && listenedEvent(socketCall, names) !== 'event') return undefined;
  switch (rule.name) {
    case 'message-argument':
      return { ...context, role: 'message', at: { node: first, file } };
    case 'event-object-argument': {
      const event = unwrap(first);
      const name = event.type === 'NewExpression' ? event.arguments[0] : undefined;
      if (!isValueArgument(name)) return undefined;
      return { ...context, role: 'name', at: { node: name, file }, unresolvedIsBridge: true };
    }
    case 'first-argument': {
      const at = { node: first, file };
      const occurrence: Occurrence = { ...context, role: 'name', at, unresolvedIsBridge: rule.scope === 'local' };
      const receives = rule.kind === 'handle' ? handlerReceiver(socketCall, views) : undefined;
      if (receives) occurrence.receives = receives;
      return occurrence;
    }
    default:
      return undefined;
  }
}
