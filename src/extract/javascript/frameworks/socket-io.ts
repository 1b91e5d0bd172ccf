import type { SocketReceiver } from '../receivers.js';
import type { JavascriptFramework } from './framework.js';

const ID = 'socket-io';

function isSocketIo(receiver: SocketReceiver): boolean {
  return receiver.origin.kind === 'created' && receiver.origin.framework.id === ID;
}

/** Methods only Socket.IO has also apply to sockets known only by their name. */
function isSocketIoOrNamed(receiver: SocketReceiver): boolean {
  return isSocketIo(receiver) || receiver.origin.kind === 'named';
}

/**
 * Socket.IO, server (`socket.io`: `new Server()`, the sockets its `connection` handlers receive)
 * and client (`socket.io-client`, or the global `io()` of its browser bundle). The two sides share
 * one API: `on/once` handle an event (the handler's other parameters are acknowledgement
 * callbacks, not events), `emit/emitWithAck` send one, `send(data)` sends `message`, `onAny`
 * receives every event of the socket's namespace. `off`/`offAny` register nothing.
 */
export const socketIo: JavascriptFramework = {
  id: ID,
  description:
    "Socket.IO client and server: emit/emitWithAck sends and on/once handlers on sockets, rooms (to/in/broadcast) and namespaces (io.of, io('/ns'), manager.socket('/ns')), onAny catch-alls.",
  creates: {
    constructors: [],
    functions: ['io'],
    modules: ['socket.io', 'socket.io-client'],
    connectionEvents: ['connection', 'connect'],
    socketCollections: ['sockets'],
  },
  socketViews: [
    'to', 'in', 'of', 'except', 'timeout', 'compress', 'broadcast', 'volatile', 'local', 'sockets', 'nsp',
  ],
  namespaces: { factoryUrlArgument: 0, selectors: ['of'], managerSockets: ['socket'] },
  receiverCalls: [
    {
      methods: ['on', 'once'],
      kind: 'handle',
      scope: 'wire',
      name: 'first-argument',
      callbackArgument: 1,
      appliesTo: isSocketIo,
    },
    { methods: ['onAny', 'prependAny'], kind: 'handle', scope: 'wire', name: 'every-event', appliesTo: isSocketIoOrNamed },
    { methods: ['emit'], kind: 'send', scope: 'wire', name: 'first-argument', payloadArgument: 1, appliesTo: isSocketIo },
    {
      methods: ['emitWithAck'],
      kind: 'send',
      scope: 'wire',
      name: 'first-argument',
      payloadArgument: 1,
      appliesTo: isSocketIoOrNamed,
    },
    {
      methods: ['send', 'write'],
      kind: 'send',
      scope: 'wire',
      name: 'fixed',
      fixedName: 'message',
      payloadArgument: 0,
      appliesTo: isSocketIo,
    },
  ],
};
