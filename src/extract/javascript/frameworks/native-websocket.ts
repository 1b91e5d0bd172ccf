import type { JavascriptFramework } from './framework.js';

/**
 * The browser's WebSocket (and `ws`, `reconnecting-websocket`): one `message` event carries every
 * server message as JSON whose `type` field names the real event, and `send` takes such a message.
 */
export const nativeWebsocket: JavascriptFramework = {
  id: 'native-websocket',
  creates: {
    constructors: ['WebSocket', 'ReconnectingWebSocket'],
    functions: [],
    modules: ['ws', 'isomorphic-ws', 'reconnecting-websocket', 'partysocket'],
    connectionEvents: ['connection'],
  },
  socketViews: [],
  receiverCalls: [
    { methods: ['send'], kind: 'send', scope: 'wire', name: 'message-argument', appliesTo: () => true },
  ],
};

/** The event and handler property that deliver the envelope. */
export const ENVELOPE_EVENT = 'message';
export const ENVELOPE_HANDLER_PROPERTY = 'onmessage';

/** The field of a message that names its event. */
export const MESSAGE_TYPE_FIELD = 'type';

/** Fields that hold the message itself: `event.data` (MessageEvent), `event.detail` (CustomEvent). */
export const MESSAGE_CONTAINER_FIELDS: ReadonlySet<string> = new Set(['data', 'detail']);
