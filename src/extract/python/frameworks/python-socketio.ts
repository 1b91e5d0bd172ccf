import type { NamespaceSpec, PythonFramework, ReceiverMatch } from './framework.js';

const NAMESPACE_CLASSES = ['socketio.Namespace', 'socketio.AsyncNamespace'];

const BUILT_SERVER: ReceiverMatch = { kind: 'instance', of: ['socketio.Server', 'socketio.AsyncServer'] };
/**
 * The server object, also when it is passed around: `emit` and handler registration are
 * Socket.IO's own words, but an unknown `x.send(...)` is more likely a plain WebSocket.
 */
const SERVER: readonly ReceiverMatch[] = [BUILT_SERVER, { kind: 'unresolved', inFilesImporting: ['socketio'] }];
const KNOWN_SERVER: readonly ReceiverMatch[] = [BUILT_SERVER];
const OWN_NAMESPACE: readonly ReceiverMatch[] = [{ kind: 'self', of: NAMESPACE_CLASSES }];

const SERVER_NAMESPACE: NamespaceSpec = { argument: { keyword: 'namespace' }, fallback: 'default' };
/** A Namespace's own `emit` goes to the namespace the class is registered under. */
const CLASS_NAMESPACE: NamespaceSpec = { argument: { keyword: 'namespace' }, fallback: 'context' };
/** `call` waits for the acknowledgement, but the event is sent all the same. */
const EMIT_METHODS = ['emit', 'call'];
const EMIT = {
  argument: { position: 0, keyword: 'event' },
  nameFrom: 'argument',
  payload: { position: 1, keyword: 'data' },
} as const;
const SEND = { nameFrom: 'fixed', name: 'message', payload: { position: 0, keyword: 'data' } } as const;

/**
 * python-socketio (`Server`/`AsyncServer`): `sio.emit`, `sio.call`, `sio.send`, `@sio.on`,
 * `@sio.event`, `sio.on("x", handler)`, class-based `AsyncNamespace.on_x`.
 */
export const pythonSocketio: PythonFramework = {
  id: 'python-socketio',
  description:
    'python-socketio servers: sio.emit/send/call, @sio.on and @sio.event handlers, sio.on(name, fn), Namespace classes with on_<event> methods.',
  sendSinks: [
    { methodNames: EMIT_METHODS, receiver: SERVER, message: EMIT, namespace: SERVER_NAMESPACE },
    { methodNames: ['send'], receiver: KNOWN_SERVER, message: SEND, namespace: SERVER_NAMESPACE },
    { methodNames: EMIT_METHODS, receiver: OWN_NAMESPACE, message: EMIT, namespace: CLASS_NAMESPACE },
    { methodNames: ['send'], receiver: OWN_NAMESPACE, message: SEND, namespace: CLASS_NAMESPACE },
  ],
  eventHandlers: {
    server: SERVER,
    registrations: [
      {
        methodNames: ['on'],
        name: { position: 0, keyword: 'event' },
        handler: { position: 1, keyword: 'handler' },
        namespace: { position: 2, keyword: 'namespace' },
      },
      { methodNames: ['event'], name: 'function-name', namespace: { keyword: 'namespace' } },
    ],
    namespaceClasses: {
      bases: NAMESPACE_CLASSES,
      methodPrefix: 'on_',
      registerMethods: ['register_namespace'],
      namespace: { position: 0, keyword: 'namespace' },
    },
    catchAllName: '*',
    payloadParameter: 1,
    lifecycleEvents: ['connect', 'disconnect'],
  },
};
