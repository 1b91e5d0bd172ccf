import type { NamespaceSpec, PythonFramework, ReceiverMatch } from './framework.js';

const NAMESPACE_CLASS = ['flask_socketio.Namespace'];

const BUILT_SERVER: ReceiverMatch = { kind: 'instance', of: ['flask_socketio.SocketIO'] };
/**
 * The server object, also when it is passed around: `emit` and handler registration are
 * Socket.IO's own words, but an unknown `x.send(...)` is more likely a plain WebSocket.
 */
const SERVER: readonly ReceiverMatch[] = [BUILT_SERVER, { kind: 'unresolved', inFilesImporting: ['flask_socketio'] }];
const KNOWN_SERVER: readonly ReceiverMatch[] = [BUILT_SERVER];
const OWN_NAMESPACE: readonly ReceiverMatch[] = [{ kind: 'self', of: NAMESPACE_CLASS }];

/** Inside a handler, the bare functions and a Namespace's own methods answer in the handler's namespace. */
const HANDLER_NAMESPACE: NamespaceSpec = { argument: { keyword: 'namespace' }, fallback: 'context' };
const SERVER_NAMESPACE: NamespaceSpec = { argument: { keyword: 'namespace' }, fallback: 'default' };
/** `call` waits for the acknowledgement, but the event is sent all the same. */
const EMIT_METHODS = ['emit', 'call'];
const EMIT = { argument: { position: 0, keyword: 'event' }, nameFrom: 'argument', payload: { position: 1 } } as const;
const SEND = { nameFrom: 'fixed', name: 'message', payload: { position: 0 } } as const;

/**
 * Flask-SocketIO: `emit`/`call`/`send` (bare, on the server, on a Namespace), `@socketio.on`,
 * `@socketio.event`, `socketio.on_event`, class-based `Namespace.on_x`.
 */
export const flaskSocketio: PythonFramework = {
  id: 'flask-socketio',
  description:
    'Flask-SocketIO: socketio.emit/send, bare emit/send inside handlers, @socketio.on and @socketio.event handlers, class-based Namespace on_<event> methods.',
  sendSinks: [
    { functions: ['flask_socketio.emit', 'flask_socketio.call'], message: EMIT, namespace: HANDLER_NAMESPACE },
    { functions: ['flask_socketio.send'], message: SEND, namespace: HANDLER_NAMESPACE },
    { methodNames: EMIT_METHODS, receiver: SERVER, message: EMIT, namespace: SERVER_NAMESPACE },
    { methodNames: ['send'], receiver: KNOWN_SERVER, message: SEND, namespace: SERVER_NAMESPACE },
    { methodNames: EMIT_METHODS, receiver: OWN_NAMESPACE, message: EMIT, namespace: HANDLER_NAMESPACE },
    { methodNames: ['send'], receiver: OWN_NAMESPACE, message: SEND, namespace: HANDLER_NAMESPACE },
  ],
  eventHandlers: {
    server: SERVER,
    registrations: [
      { methodNames: ['on'], name: { position: 0, keyword: 'message' }, namespace: { position: 1, keyword: 'namespace' } },
      {
        methodNames: ['on_event'],
        name: { position: 0, keyword: 'message' },
        handler: { position: 1, keyword: 'handler' },
        namespace: { position: 2, keyword: 'namespace' },
      },
      { methodNames: ['event'], name: 'function-name', namespace: { keyword: 'namespace' } },
    ],
    namespaceClasses: {
      bases: NAMESPACE_CLASS,
      methodPrefix: 'on_',
      registerMethods: ['on_namespace'],
      namespace: { position: 0, keyword: 'namespace' },
    },
    catchAllName: '*',
    payloadParameter: 0,
    lifecycleEvents: ['connect', 'disconnect'],
  },
};
