import type { PythonFramework } from './framework.js';

/** Plain WebSocket JSON messages (FastAPI/Starlette, `websockets`, aiohttp): `{"type": name, ...}`. */
export const websocketDict: PythonFramework = {
  id: 'websocket-dict',
  description:
    'WebSocket messages that are dicts with a "type" key, sent with send_json/send_text/broadcast-style calls (FastAPI, Starlette, websockets), through helpers, constants and enums; and the receive loop\'s comparisons of the message type.',
  sendSinks: [
    {
      methodNames: [
        'broadcast',
        'broadcast_json',
        'send_json',
        'send_text',
        'send',
        'send_str',
        'send_personal_message',
      ],
      message: { argument: { position: 0 }, nameFrom: 'type-key', key: 'type' },
    },
    {
      functions: ['websockets.broadcast'],
      message: { argument: { position: 1, keyword: 'message' }, nameFrom: 'type-key', key: 'type' },
    },
  ],
  typeDispatch: {
    typeKey: 'type',
    socketReads: {
      receiveMethods: ['receive_json', 'receive_text', 'receive', 'recv', 'receive_str'],
      iterateMethods: ['iter_json', 'iter_text'],
    },
  },
};
