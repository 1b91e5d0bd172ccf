import { isCall, isValueArgument, walk, type FunctionNode } from './ast.js';
import type { EventNames } from './event-names.js';
import { functionsOf } from './function-refs.js';
import { ruleId } from './frameworks/framework.js';
import type { CatchAllOrigin, IncomingMessages } from './incoming.js';
import { listenedEvent, type SocketCall } from './socket-calls.js';
import type { Located, Tracer } from './trace.js';

/**
 * Marks where incoming messages are: the first parameter of every socket handler and envelope
 * callback (of a catch-all, the event's name), then (one hop) the parameters of functions those handlers pass a message to
 * (`ws.onmessage = (e) => this.handleMessage(JSON.parse(e.data))`).
 */
export function markIncomingMessages(
  socketCalls: readonly SocketCall[],
  envelopeProperties: readonly Located[],
  names: EventNames,
  tracer: Tracer,
  incoming: IncomingMessages,
): void {
  const handlers: Located<FunctionNode>[] = [];
  const addHandlers = (callback: Located, envelope: boolean): void => {
    for (const fn of functionsOf(tracer, callback)) {
      incoming.addHandler(fn.node, envelope);
      handlers.push(fn);
    }
  };
  for (const socketCall of socketCalls) {
    if (socketCall.rule.name === 'every-event') markCatchAll(socketCall, tracer, incoming);
    const index = socketCall.rule.callbackArgument;
    const callback = index === undefined ? undefined : socketCall.call.arguments[index];
    if (!callback) continue;
    const listened = listenedEvent(socketCall, names);
    if (listened !== 'platform') addHandlers({ node: callback, file: socketCall.file }, listened === 'envelope');
  }
  for (const property of envelopeProperties) addHandlers(property, true);
  for (const hop of messagePassingCalls(handlers, tracer, incoming)) incoming.addParam(hop.fn, hop.index);
}

/** `socket.onAny((event, ...args) => ...)`: the callback's first parameter is the event's name. */
function markCatchAll(socketCall: SocketCall, tracer: Tracer, incoming: IncomingMessages): void {
  const callback = socketCall.call.arguments[0];
  if (!isValueArgument(callback)) return;
  const origin: CatchAllOrigin = { rule: ruleId(socketCall.framework) };
  if (socketCall.receiver.namespace !== undefined) origin.namespace = socketCall.receiver.namespace;
  for (const fn of functionsOf(tracer, { node: callback, file: socketCall.file })) incoming.addCatchAll(fn.node, origin);
}

function messagePassingCalls(
  handlers: readonly Located<FunctionNode>[],
  tracer: Tracer,
  incoming: IncomingMessages,
): Array<{ fn: FunctionNode; index: number }> {
  const hops: Array<{ fn: FunctionNode; index: number }> = [];
  for (const handler of handlers) {
    walk(handler.node.body, (node) => {
      if (!isCall(node)) return;
      node.arguments.forEach((argument, index) => {
        if (incoming.classify({ node: argument, file: handler.file }) !== 'message') return;
        const targets = functionsOf(tracer, { node: node.callee, file: handler.file });
        for (const target of targets) hops.push({ fn: target.node, index });
      });
    });
  }
  return hops;
}
