import { FRAMEWORKS_IN_ORDER } from '../../extract/javascript/frameworks/index.js';
import { ENVELOPE_HANDLER_PROPERTY } from '../../extract/javascript/frameworks/native-websocket.js';
import type { PythonFramework, ReceiverMatch } from '../../extract/python/frameworks/framework.js';
import { pythonFrameworks } from '../../extract/python/frameworks/index.js';

/**
 * The words the prefilter looks for, taken from the extractors' own framework modules so that a
 * method added to a framework is looked for too. Two kinds per language:
 * - *origin* words: where socket-ness comes from (a library, a socket-like name, a call whose
 *   receiver can be anything);
 * - *site* words: a token that a send or handle site itself is written with (`.emit`, `.send_json`).
 */

const JAVASCRIPT_FRAMEWORKS = FRAMEWORKS_IN_ORDER;
const PYTHON_FRAMEWORKS: readonly PythonFramework[] = Object.values(pythonFrameworks);

/** Methods a JavaScript socket call can use: `X.on`, `X.emit`, `X.send`, `X.onAny`, ... */
export const JAVASCRIPT_SITE_METHODS: ReadonlySet<string> = new Set(
  JAVASCRIPT_FRAMEWORKS.flatMap((framework) => framework.receiverCalls.flatMap((rule) => rule.methods)),
);

/** `socket.onmessage = ...`: assigning the envelope handler is a site shape of its own. */
export const JAVASCRIPT_ENVELOPE_PROPERTY = ENVELOPE_HANDLER_PROPERTY;

/** `new WebSocket()`, `io()`: names that create a socket wherever they are written. */
export const JAVASCRIPT_FACTORY_NAMES: ReadonlySet<string> = new Set(
  JAVASCRIPT_FRAMEWORKS.flatMap((framework) => [...framework.creates.constructors, ...framework.creates.functions]),
);

/** `'socket.io-client'`, `'ws'`: packages whose imports create sockets. */
export const JAVASCRIPT_SOCKET_MODULES: ReadonlySet<string> = new Set(
  JAVASCRIPT_FRAMEWORKS.flatMap((framework) => framework.creates.modules),
);

/** The methods whose definitions make a class the client's own socket manager (`on` and `emit`). */
export const MANAGER_METHODS: ReadonlySet<string> = new Set(['on', 'emit']);

function qualifiedNames(match: ReceiverMatch): readonly string[] {
  return match.kind === 'unresolved' ? match.inFilesImporting : match.of;
}

function pythonQualifiedNames(framework: PythonFramework): string[] {
  const sinks = framework.sendSinks.flatMap((sink) =>
    'functions' in sink ? sink.functions : (sink.receiver ?? []).flatMap(qualifiedNames),
  );
  const routes = (framework.messageRoutes ?? []).flatMap((route) => [
    ...route.receiver.flatMap(qualifiedNames),
    ...route.handlerClasses,
  ]);
  const handlers = framework.eventHandlers;
  const handlerNames = handlers
    ? [...handlers.server.flatMap(qualifiedNames), ...(handlers.namespaceClasses?.bases ?? [])]
    : [];
  return [...sinks, ...routes, ...handlerNames, ...(framework.typeDispatch?.receivingMethods?.classes ?? [])];
}

/** `socketio`, `flask_socketio`, `channels`, `websockets`: the packages Python sites depend on. */
export const PYTHON_LIBRARY_ROOTS: ReadonlySet<string> = new Set(
  PYTHON_FRAMEWORKS.flatMap(pythonQualifiedNames).map((name) => name.split('.')[0] ?? name),
);

/**
 * `channels`: packages of message routes (`group_send` delivers to a consumer's method chosen by
 * the message's type, in whatever file the consumer is).
 */
export const PYTHON_ROUTE_LIBRARY_ROOTS: ReadonlySet<string> = new Set(
  PYTHON_FRAMEWORKS.flatMap((framework) =>
    (framework.messageRoutes ?? []).flatMap((route) => [...route.receiver.flatMap(qualifiedNames), ...route.handlerClasses]),
  ).map((name) => name.split('.')[0] ?? name),
);

/** Calls that are sites on any receiver (`x.send_json({...})`, `x.receive_json()`): origins by themselves. */
export const PYTHON_ANY_RECEIVER_METHODS: ReadonlySet<string> = new Set(
  PYTHON_FRAMEWORKS.flatMap((framework) => [
    ...framework.sendSinks.flatMap((sink) => ('methodNames' in sink && !sink.receiver ? sink.methodNames : [])),
    ...(framework.typeDispatch?.socketReads?.receiveMethods ?? []),
    ...(framework.typeDispatch?.socketReads?.iterateMethods ?? []),
  ]),
);

/** Every name a Python site is written with: sink methods and functions, registrations, routes, receiving methods. */
export const PYTHON_SITE_WORDS: ReadonlySet<string> = new Set(
  PYTHON_FRAMEWORKS.flatMap((framework) => [
    ...framework.sendSinks.flatMap((sink) =>
      'methodNames' in sink ? sink.methodNames : sink.functions.map((name) => name.split('.').at(-1) ?? name),
    ),
    ...(framework.messageRoutes ?? []).flatMap((route) => route.methodNames),
    ...(framework.eventHandlers?.registrations ?? []).flatMap((registration) => registration.methodNames),
    ...(framework.eventHandlers?.namespaceClasses?.registerMethods ?? []),
    ...(framework.typeDispatch?.receivingMethods?.names ?? []),
    ...PYTHON_ANY_RECEIVER_METHODS,
  ]),
);

/** `on_` of class-based namespaces: `def on_join(self, data)` is a handler. */
export const PYTHON_HANDLER_METHOD_PREFIXES: readonly string[] = [
  ...new Set(PYTHON_FRAMEWORKS.flatMap((framework) => framework.eventHandlers?.namespaceClasses?.methodPrefix ?? [])),
];
