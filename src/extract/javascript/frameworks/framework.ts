import type { SiteKind, SiteScope } from '../../../model/site.js';
import type { SocketReceiver } from '../receivers.js';

/**
 * Where a call carries its event name:
 * `first-argument` `socket.on('evt', fn)`; `message-argument` a `{ type: 'evt' }` message, maybe
 * inside `JSON.stringify(...)`; `event-object-argument` `dispatchEvent(new CustomEvent('evt'))`;
 * `fixed` always the rule's `fixedName` (Socket.IO's `socket.send(data)` emits `message`);
 * `every-event` a catch-all handler (`socket.onAny(fn)`) that receives every event of its namespace.
 * For `fixed` and `every-event` the site is the method's name.
 */
export type EventNameSource = 'first-argument' | 'message-argument' | 'event-object-argument' | 'fixed' | 'every-event';

/** One method called on a socket-like receiver: `X.on(...)`, `X.emit(...)`, `X.send(...)`. */
export interface ReceiverCallRule {
  methods: readonly string[];
  kind: SiteKind;
  scope: SiteScope;
  name: EventNameSource;
  /** The event name of a `fixed` rule. */
  fixedName?: string;
  /** Argument whose object literal's keys are the payload keys. */
  payloadArgument?: number;
  /** Argument holding the handler; its first parameter is an incoming message. */
  callbackArgument?: number;
  appliesTo(receiver: SocketReceiver): boolean;
}

/** How code creates this library's socket; a receiver traced to one of these belongs to the framework. */
export interface SocketFactories {
  /** `new WebSocket(url)`: constructors known by name, as globals. */
  constructors: readonly string[];
  /** `io(url)`: functions known by name, as globals. */
  functions: readonly string[];
  /** Packages whose every import (ES `import` or `require`) creates this library's sockets or servers. */
  modules: readonly string[];
  /** Server events whose handler receives each new socket: `io.on('connection', (socket) => ...)`. */
  connectionEvents: readonly string[];
  /** Properties of a server holding its connected sockets: `wss.clients.forEach((client) => ...)`. */
  socketCollections: readonly string[];
}

/**
 * Libraries with separate event spaces on one connection (Socket.IO namespaces): where the
 * namespace of a socket is written.
 */
export interface NamespaceRules {
  /** Argument of the factory call holding a URL whose path is the namespace: `io(url + '/admin')`. */
  factoryUrlArgument: number;
  /** Views whose first argument selects a namespace: `io.of('/admin')`. */
  selectors: readonly string[];
  /**
   * Methods of a connection manager (Socket.IO's `new Manager(url)`) that return a new socket of
   * the namespace their first argument names: `manager.socket('/admin')`.
   */
  managerSockets: readonly string[];
}

export interface JavascriptFramework {
  /** Used in `rule` as `javascript/<id>`. */
  id: string;
  /** What the rule finds, in one sentence (shown by `--explain`). */
  description: string;
  creates: SocketFactories;
  /**
   * Methods and properties that return the same socket seen differently, so calls on them are
   * socket calls too: `io.to(room).emit(...)`, `socket.broadcast.emit(...)`, `io.of('/admin')`.
   */
  socketViews: readonly string[];
  namespaces?: NamespaceRules;
  receiverCalls: readonly ReceiverCallRule[];
}

export function ruleId(framework: JavascriptFramework): string {
  return `javascript/${framework.id}`;
}
