import type { SiteKind, SiteScope } from '../../../model/site.js';
import type { SocketReceiver } from '../receivers.js';

/**
 * Where a call carries its event name:
 * `first-argument` `socket.on('evt', fn)`; `message-argument` a `{ type: 'evt' }` message, maybe
 * inside `JSON.stringify(...)`; `event-object-argument` `dispatchEvent(new CustomEvent('evt'))`.
 */
export type EventNameSource = 'first-argument' | 'message-argument' | 'event-object-argument';

/** One method called on a socket-like receiver: `X.on(...)`, `X.emit(...)`, `X.send(...)`. */
export interface ReceiverCallRule {
  methods: readonly string[];
  kind: SiteKind;
  scope: SiteScope;
  name: EventNameSource;
  /** Argument whose object literal's keys are the payload keys. */
  payloadArgument?: number;
  /** Argument holding the handler; its first parameter is an incoming message. */
  callbackArgument?: number;
  appliesTo(receiver: SocketReceiver): boolean;
}

/** How code creates this library's socket; a receiver traced to one of these belongs to the framework. */
export interface SocketFactories {
  /** `new WebSocket(url)`. */
  constructors: readonly string[];
  /** `io(url)`. */
  functions: readonly string[];
  /** Packages whose imports are these constructors or functions. */
  modules: readonly string[];
  /** Server events whose handler receives each new socket: `io.on('connection', (socket) => ...)`. */
  connectionEvents: readonly string[];
}

export interface JavascriptFramework {
  /** Used in `rule` as `javascript/<id>`. */
  id: string;
  creates: SocketFactories;
  /**
   * Methods and properties that return the same socket seen differently, so calls on them are
   * socket calls too: `io.to(room).emit(...)`, `socket.broadcast.emit(...)`, `io.of('/admin')`.
   */
  socketViews: readonly string[];
  receiverCalls: readonly ReceiverCallRule[];
}

export function ruleId(framework: JavascriptFramework): string {
  return `javascript/${framework.id}`;
}
