import type { SocketReceiver } from '../receivers.js';
import type { JavascriptFramework } from './framework.js';

function isCreatedHere(receiver: SocketReceiver): boolean {
  return receiver.origin.kind === 'created' && receiver.origin.framework === nativeWebsocket;
}

/**
 * The browser's WebSocket and the `ws` package (client and server: `new WebSocketServer()`, the
 * sockets its `connection` handler receives, `wss.clients`), `reconnecting-websocket`: one
 * `message` event carries every message as JSON whose `type` field (or `event`, `action`, ... see
 * discriminant-keys.ts) names the real event, and
 * `send` takes such a message.
 */
export const nativeWebsocket: JavascriptFramework = {
  id: 'native-websocket',
  description:
    'Browser WebSocket and the ws package: messages sent as JSON with a type key, and type dispatch (switch, if, handler maps) on messages parsed from the message event.',
  creates: {
    constructors: ['WebSocket', 'ReconnectingWebSocket'],
    functions: [],
    modules: ['ws', 'isomorphic-ws', 'reconnecting-websocket', 'partysocket'],
    connectionEvents: ['connection'],
    socketCollections: ['clients'],
  },
  socketViews: [],
  receiverCalls: [
    // Lifecycle events (`open`, `close`, `connection`); `message` is the envelope, not an event.
    {
      methods: ['on', 'once', 'addEventListener'],
      kind: 'handle',
      scope: 'wire',
      name: 'first-argument',
      callbackArgument: 1,
      appliesTo: isCreatedHere,
    },
    { methods: ['send'], kind: 'send', scope: 'wire', name: 'message-argument', appliesTo: () => true },
  ],
};

/** The event and handler property that deliver the envelope. */
export const ENVELOPE_EVENT = 'message';
export const ENVELOPE_HANDLER_PROPERTY = 'onmessage';

/** Fields that hold the message itself: `event.data` (MessageEvent), `event.detail` (CustomEvent). */
export const MESSAGE_CONTAINER_FIELDS: ReadonlySet<string> = new Set(['data', 'detail']);
