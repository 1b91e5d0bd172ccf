import type { PythonFramework, ReceiverMatch } from './framework.js';

const CONSUMERS = [
  'channels.generic.websocket.WebsocketConsumer',
  'channels.generic.websocket.AsyncWebsocketConsumer',
  'channels.generic.websocket.JsonWebsocketConsumer',
  'channels.generic.websocket.AsyncJsonWebsocketConsumer',
];
const OWN_CONSUMER: readonly ReceiverMatch[] = [{ kind: 'self', of: CONSUMERS }];

/** `self.channel_layer` of a consumer, `get_channel_layer()` anywhere else. */
const CHANNEL_LAYER: readonly ReceiverMatch[] = [
  { kind: 'self', of: CONSUMERS, attribute: 'channel_layer' },
  { kind: 'instance', of: ['channels.layers.get_channel_layer'] },
];

/**
 * Django Channels consumers: `self.send_json({"type": ...})`, `self.send(text_data=json.dumps(...))`,
 * `receive_json`/`receive` dispatching on the type, and channel-layer routing (`group_send`).
 */
export const djangoChannels: PythonFramework = {
  id: 'django-channels',
  description:
    'Django Channels consumers: self.send_json/self.send messages, receive_json dispatch on the message type, and group_send routed to consumer methods.',
  sendSinks: [
    {
      methodNames: ['send_json'],
      receiver: OWN_CONSUMER,
      message: { argument: { position: 0, keyword: 'content' }, nameFrom: 'type-key', key: 'type' },
    },
    {
      methodNames: ['send'],
      receiver: OWN_CONSUMER,
      message: { argument: { position: 0, keyword: 'text_data' }, nameFrom: 'type-key', key: 'type' },
    },
  ],
  messageRoutes: [
    {
      methodNames: ['group_send', 'send'],
      receiver: CHANNEL_LAYER,
      message: { position: 1, keyword: 'message' },
      typeKey: 'type',
      handlerClasses: CONSUMERS,
      separator: '.',
    },
  ],
  typeDispatch: {
    typeKey: 'type',
    receivingMethods: { names: ['receive_json', 'receive'], classes: CONSUMERS },
  },
};
