/**
 * What a Python framework module tells the generic machinery. Plain data: adding a framework is
 * one more object of this shape and one line in `frameworks/index.ts`.
 *
 * Names of library objects are qualified by the module they are imported from
 * (`flask_socketio.SocketIO`, `socketio.AsyncNamespace`), so a framework is only recognised
 * where the code really imports it.
 */

/** An argument of a call: by position, or by keyword (either may be given). */
export interface ArgumentSpec {
  position?: number;
  keyword?: string;
}

/** Where a send API finds the event name. */
export type MessageSpec =
  /** The argument is a dict message; the event name is its `key` value (`{"type": "job_done", ...}`). */
  | { argument: ArgumentSpec; nameFrom: 'type-key'; key: string }
  /** The argument is the event name itself (`sio.emit("job_done", data)`); `payload` is the data sent with it. */
  | { argument: ArgumentSpec; nameFrom: 'argument'; payload?: ArgumentSpec }
  /** The API always sends one event (`send(data)` sends `message`); the site is the called name. */
  | { nameFrom: 'fixed'; name: string; payload?: ArgumentSpec };

/**
 * The object a method is called on. Any of the listed shapes will do.
 * `instance`: the object is what a call of one of `of` returns (`sio = socketio.AsyncServer()`).
 * `self`: `self` (or `self.<attribute>`) in a class deriving from one of `of`.
 * `unresolved`: nothing scanned defines the object (a parameter, an unknown import), in a file
 * that imports one of `inFilesImporting`.
 */
export type ReceiverMatch =
  | { kind: 'instance'; of: readonly string[] }
  | { kind: 'self'; of: readonly string[]; attribute?: string }
  | { kind: 'unresolved'; inFilesImporting: readonly string[] };

/**
 * Where a Socket.IO call finds its namespace: the `namespace` argument, else the namespace of the
 * handler the call runs in (`context`, Flask-SocketIO's bare `emit`, a Namespace's `self.emit`)
 * or the default `/`.
 */
export interface NamespaceSpec {
  argument: ArgumentSpec;
  fallback: 'context' | 'default';
}

interface SinkBase {
  message: MessageSpec;
  /** Set for APIs with Socket.IO namespaces. */
  namespace?: NamespaceSpec;
}

/**
 * A method call `x.<methodName>(...)` that puts an event on the wire. Without `receiver` any
 * object will do; a sink that names its receiver wins over those that do not.
 */
export interface MethodSink extends SinkBase {
  methodNames: readonly string[];
  receiver?: readonly ReceiverMatch[];
}

/** A module-level function imported from the framework (`flask_socketio.emit`). */
export interface FunctionSink extends SinkBase {
  functions: readonly string[];
}

export type SendSink = MethodSink | FunctionSink;

/** Reading from a socket object; `async for message in websocket:` counts too. */
export interface SocketReads {
  /** `x.<name>()` reads one message (`receive_json`, `recv`). */
  receiveMethods: readonly string[];
  /** `for m in x.<name>()` / `async for` reads messages (`iter_json`). */
  iterateMethods: readonly string[];
}

/**
 * Backend handlers of client messages: functions that receive messages and compare their
 * `typeKey` value against names.
 */
export interface TypeDispatch {
  typeKey: string;
  /** Functions that read messages from a socket. */
  socketReads?: SocketReads;
  /** Methods the framework calls with each message (`receive_json` of a Channels consumer). */
  receivingMethods?: { names: readonly string[]; classes: readonly string[] };
}

/**
 * `layer.group_send(group, {"type": "chat.message", ...})`: the message goes to the method named
 * by its type (`chat_message`) of the `handlerClasses`; what that method sends reaches the client,
 * and when it forwards the message itself, the message's type is the wire event.
 */
export interface MessageRoute {
  methodNames: readonly string[];
  receiver: readonly ReceiverMatch[];
  message: ArgumentSpec;
  typeKey: string;
  handlerClasses: readonly string[];
  /** The method name is the type with each `separator` replaced by `_`. */
  separator: string;
}

/** `@sio.on("x")`, `sio.on("x", handler)`, `@sio.event`: a server method that registers a handler. */
export interface HandlerRegistration {
  methodNames: readonly string[];
  /** The event name: an argument, or the handler function's own name (`@sio.event def join`). */
  name: ArgumentSpec | 'function-name';
  /** The handler, when the method is called with it instead of decorating it. */
  handler?: ArgumentSpec;
  namespace: ArgumentSpec;
}

/** Class-based namespaces: `on_<event>` methods of a subclass of `bases`, registered with a namespace. */
export interface NamespaceClasses {
  bases: readonly string[];
  methodPrefix: string;
  /** `socketio.on_namespace(ChatNamespace("/chat"))`: server methods taking an instance. */
  registerMethods: readonly string[];
  /** The namespace among the constructor's arguments. */
  namespace: ArgumentSpec;
}

/** Socket.IO-style handlers registered on a server object. */
export interface EventHandlers {
  server: readonly ReceiverMatch[];
  registrations: readonly HandlerRegistration[];
  namespaceClasses?: NamespaceClasses;
  /** The name that registers a catch-all handler (`@sio.on("*")`). */
  catchAllName?: string;
  /** Which of a handler's arguments is the client's payload (python-socketio passes `sid` first). */
  payloadParameter: number;
  /** Events whose handler arguments are no client payload (`connect(sid, environ, auth)`). */
  lifecycleEvents: readonly string[];
}

export interface PythonFramework {
  /** Site rules are `python/<id>`. */
  id: string;
  /** What the rule finds, in one sentence (shown by `--explain`). */
  description: string;
  sendSinks: readonly SendSink[];
  typeDispatch?: TypeDispatch;
  messageRoutes?: readonly MessageRoute[];
  eventHandlers?: EventHandlers;
}
