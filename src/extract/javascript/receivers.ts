import type * as t from '@babel/types';

import { isCall, isValueArgument, isFunction, isMember, memberName, methodCall, referenceName, unwrap, type CallNode, type FunctionNode, type Node } from './ast.js';
import type { EventNames } from './event-names.js';
import { functionsOf, type CallIndex } from './function-refs.js';
import { FRAMEWORKS_IN_ORDER } from './frameworks/index.js';
import type { JavascriptFramework } from './frameworks/framework.js';
import { nativeWebsocket } from './frameworks/native-websocket.js';
import { hasSocketConstructorName, hasSocketName, isRawWebSocketName } from './identifier-words.js';
import type { ManagerClasses } from './manager-classes.js';
import { selectedNamespace, UNKNOWN_NAMESPACE, urlNamespace } from './namespaces.js';
import type { ParsedFile } from './parsed-file.js';
import type { Project } from './project.js';
import type { Binding } from './scope.js';
import type { Located, Traced, Tracer } from './trace.js';

/**
 * Why a receiver is socket-like: `created` by a known library (`new WebSocket()`, `io()`), an
 * instance of the client's `manager` class, `this` inside that class (`manager-self`), or `named`
 * (a socket-ish constructor or variable name).
 */
export type ReceiverOrigin =
  | { kind: 'created'; framework: JavascriptFramework }
  | { kind: 'manager' }
  | { kind: 'manager-self' }
  | { kind: 'named' };

export interface SocketReceiver {
  origin: ReceiverOrigin;
  /** A raw WebSocket: its `message` event is the envelope carrying every message. */
  isRawWebSocket: boolean;
  /** The Socket.IO namespace the socket belongs to; undefined for the default `/` and for libraries without namespaces. */
  namespace?: string | undefined;
}

/** What one value of a receiver says about it: where the socket comes from, and its namespace. */
type Found = Pick<SocketReceiver, 'origin' | 'namespace'>;
type Verdict = Found | 'not-socket' | undefined;

/** Globals whose events are the platform's, never a socket's. */
const NOT_SOCKET_GLOBALS = new Set(['document', 'window', 'self', 'globalThis', 'process', 'console']);
/** Constructors of event sources that are not sockets. */
const NOT_SOCKET_CONSTRUCTORS = new Set([
  'EventEmitter', 'EventTarget', 'Worker', 'SharedWorker', 'XMLHttpRequest', 'EventSource', 'BroadcastChannel',
  'MessageChannel', 'AbortController', 'MutationObserver', 'Audio', 'Image', 'FileReader',
]);
/** DOM lookups: their results are elements. */
const ELEMENT_QUERIES = new Set([
  'querySelector', 'querySelectorAll', 'getElementById', 'getElementsByClassName', 'getElementsByTagName',
  'getElementsByName', 'createElement', 'closest',
]);
/** React `ref.current` and Vue `ref.value` hold the socket; the name before them says what it is. */
const REF_HOLDER_PROPERTIES = new Set(['current', 'value']);
const JQUERY_NAMES = new Set(['$', 'jQuery']);
const SOCKET_VIEWS = new Set(FRAMEWORKS_IN_ORDER.flatMap((framework) => framework.socketViews));
const NAMESPACE_SELECTORS = new Set(FRAMEWORKS_IN_ORDER.flatMap((framework) => framework.namespaces?.selectors ?? []));
const CONNECTION_EVENTS = new Set(FRAMEWORKS_IN_ORDER.flatMap((framework) => framework.creates.connectionEvents));
const SOCKET_COLLECTIONS = new Set(FRAMEWORKS_IN_ORDER.flatMap((framework) => framework.creates.socketCollections));

/** `io.to(room)` → `io`; `socket.broadcast` → `socket`: the socket a view is taken from. */
function viewedSocket(node: Node): Node | undefined {
  const view = isCall(node) ? unwrap(node.callee) : node;
  if (!isMember(view) || !SOCKET_VIEWS.has(memberName(view) ?? '')) return undefined;
  return view === node || isCall(node) ? view.object : undefined;
}

function receiverName(node: Node): string | undefined {
  if (node.type === 'Identifier') return node.name;
  if (!isMember(node)) return undefined;
  const name = memberName(node);
  if (name !== undefined && REF_HOLDER_PROPERTIES.has(name)) return receiverName(unwrap(node.object)) ?? name;
  return name;
}

/** Decides whether the object a method is called on is a socket (or the client's socket manager), and its namespace. */
export class ReceiverClassifier {
  private readonly cache = new Map<Node, SocketReceiver | undefined>();
  private connectionHandlersByReference: Map<FunctionNode, Located> | undefined;

  constructor(
    private readonly project: Project,
    private readonly tracer: Tracer,
    private readonly names: EventNames,
    private readonly managers: ManagerClasses,
    private readonly calls: () => CallIndex,
  ) {}

  classify(located: Located): SocketReceiver | undefined {
    const node = unwrap(located.node);
    if (!this.cache.has(node)) {
      // Undecided while deciding: a socket whose connection handler is registered on itself ends the cycle.
      this.cache.set(node, undefined);
      this.cache.set(node, this.decide({ node, file: located.file }));
    }
    return this.cache.get(node);
  }

  private decide(located: Located): SocketReceiver | undefined {
    const node = located.node;
    if (node.type === 'ThisExpression') {
      const info = this.project.classes.thisClass(located.file, node);
      return info && this.managers.isManager(info) ? this.receiver({ origin: { kind: 'manager-self' } }, undefined) : undefined;
    }
    if (node.type === 'Identifier' && NOT_SOCKET_GLOBALS.has(node.name)) return undefined;
    const viewed = viewedSocket(node);
    if (viewed) return this.throughView(node, viewed, located.file);
    const name = receiverName(node);
    let rejected = false;
    for (const traced of this.tracer.trace(located)) {
      const verdict = this.verdict(traced);
      if (verdict === 'not-socket') rejected = true;
      else if (verdict) return this.receiver(verdict, name);
    }
    if (rejected || name === undefined || !hasSocketName(name)) return undefined;
    return this.receiver({ origin: { kind: 'named' } }, name);
  }

  private receiver(found: Found, name: string | undefined): SocketReceiver {
    const { origin, namespace } = found;
    const isRawWebSocket =
      (origin.kind === 'created' && origin.framework === nativeWebsocket) ||
      (origin.kind === 'named' && name !== undefined && isRawWebSocketName(name));
    return { origin, isRawWebSocket, namespace };
  }

  /** The socket a view (`io.to(room)`, `socket.broadcast`) is taken from; `io.of('/admin')` also selects a namespace. */
  private throughView(view: Node, viewed: Node, file: ParsedFile): SocketReceiver | undefined {
    const socket = this.classify({ node: viewed, file });
    if (!socket || !isCall(view) || !NAMESPACE_SELECTORS.has(methodCall(view)?.method ?? '')) return socket;
    const argument = view.arguments[0];
    const namespace = isValueArgument(argument) ? selectedNamespace(this.names.pattern({ node: argument, file })) : UNKNOWN_NAMESPACE;
    return { ...socket, namespace };
  }

  private verdict(traced: Traced): Verdict {
    if (traced.kind === 'param') return this.connectedSocket(traced.binding) ?? this.passedSocket(traced.binding);
    if (traced.kind === 'loop') return traced.path.length === 0 ? this.collectionElement(traced.iterable) : undefined;
    if (traced.kind !== 'value') return undefined;
    const node = traced.node;
    if (node.type === 'NewExpression') return this.constructed(node, traced);
    if (isCall(node)) return this.called(node, traced);
    return undefined;
  }

  /** The first parameter of `server.on('connection', (socket) => ...)` is a socket like the server's, in its namespace. */
  private connectedSocket(binding: Binding): Verdict {
    const param = binding.param;
    if (!param || param.index !== 0 || param.path.length > 0) return undefined;
    const call = binding.file.parents.get(param.fn);
    const inline = call && isCall(call) && call.arguments[1] === param.fn ? this.connectionServer(call, binding.file) : undefined;
    const server = inline ?? this.connectionHandlers().get(param.fn);
    return server && this.classify(server);
  }

  /**
   * A parameter every caller fills with a socket: `registerChatHandlers(io, socket)`. Callers that
   * pass sockets of different namespaces leave the namespace unknown.
   */
  private passedSocket(binding: Binding): Verdict {
    const param = binding.param;
    if (!param || param.path.length > 0) return undefined;
    const passed = this.calls()
      .callsOf(param.fn)
      .map(({ call, file }) => {
        const argument = call.arguments[param.index];
        return isValueArgument(argument) ? this.classify({ node: argument, file }) : undefined;
      });
    const [first] = passed;
    if (!first || passed.some((socket) => socket === undefined)) return undefined;
    const namespaces = new Set(passed.map((socket) => socket?.namespace));
    return { origin: first.origin, namespace: namespaces.size === 1 ? first.namespace : UNKNOWN_NAMESPACE };
  }

  /** `X` of `X.on('connection', handler)`, when the call is one. */
  private connectionServer(call: CallNode, file: ParsedFile): Located | undefined {
    const target = methodCall(call);
    const event = call.arguments[0];
    if (target?.method !== 'on' || !isValueArgument(event)) return undefined;
    const name = this.names.pattern({ node: event, file });
    return !name.dynamic && CONNECTION_EVENTS.has(name.text) ? { node: target.receiver, file } : undefined;
  }

  /** Connection handlers registered by reference (`wss.on('connection', handleConnection)`), with their server. */
  private connectionHandlers(): Map<FunctionNode, Located> {
    if (this.connectionHandlersByReference) return this.connectionHandlersByReference;
    const handlers = new Map<FunctionNode, Located>();
    for (const file of this.project.files) {
      for (const node of file.nodes) {
        if (!isCall(node)) continue;
        const handler = node.arguments[1];
        if (!isValueArgument(handler) || isFunction(handler)) continue;
        const server = this.connectionServer(node, file);
        if (!server) continue;
        for (const fn of functionsOf(this.tracer, { node: handler, file })) handlers.set(fn.node, server);
      }
    }
    this.connectionHandlersByReference = handlers;
    return handlers;
  }

  /** `wss.clients.forEach((client) => ...)`, `for (const client of wss.clients)`: each element is a socket of the server. */
  private collectionElement(iterable: Located): Verdict {
    const node = unwrap(iterable.node);
    if (!isMember(node) || !SOCKET_COLLECTIONS.has(memberName(node) ?? '')) return undefined;
    return this.classify({ node: node.object, file: iterable.file });
  }

  private constructed(node: t.NewExpression, traced: Located): Verdict {
    const info = this.tracer.classOf(traced);
    if (info && this.managers.isManager(info)) return { origin: { kind: 'manager' } };
    const framework = this.factoryFramework(node.callee, traced, 'constructors');
    if (framework) return { origin: { kind: 'created', framework } };
    const name = referenceName(node.callee);
    if (name === undefined) return undefined;
    if (NOT_SOCKET_CONSTRUCTORS.has(name)) return 'not-socket';
    return hasSocketConstructorName(name) ? { origin: { kind: 'named' } } : undefined;
  }

  private called(node: CallNode, traced: Located): Verdict {
    const framework = this.factoryFramework(node.callee, traced, 'functions');
    if (framework) return this.createdByCall(framework, node, traced.file);
    const viewed = viewedSocket(node);
    if (viewed) return this.throughView(node, viewed, traced.file);
    const managed = this.managerSocket(node, traced.file);
    if (managed) return managed;
    const callee = unwrap(node.callee);
    if (callee.type === 'Identifier' && JQUERY_NAMES.has(callee.name)) return 'not-socket';
    const name = referenceName(callee);
    return name !== undefined && ELEMENT_QUERIES.has(name) ? 'not-socket' : undefined;
  }

  /** `manager.socket('/admin')` on a library's connection manager: a socket of that namespace. */
  private managerSocket(call: CallNode, file: ParsedFile): Found | undefined {
    const target = methodCall(call);
    const manager = target && this.classify({ node: target.receiver, file });
    if (!target || manager?.origin.kind !== 'created') return undefined;
    if (!manager.origin.framework.namespaces?.managerSockets.includes(target.method)) return undefined;
    const argument = call.arguments[0];
    const namespace = isValueArgument(argument) ? selectedNamespace(this.names.pattern({ node: argument, file })) : UNKNOWN_NAMESPACE;
    return { origin: manager.origin, namespace };
  }

  /** `io(url)`: for a library with namespaces, the URL's path names the socket's namespace. */
  private createdByCall(framework: JavascriptFramework, call: CallNode, file: ParsedFile): Found {
    const index = framework.namespaces?.factoryUrlArgument;
    const url = index === undefined ? undefined : call.arguments[index];
    const namespace = isValueArgument(url) ? urlNamespace(this.names.pattern({ node: url, file })) : undefined;
    return { origin: { kind: 'created', framework }, namespace };
  }

  /** `new WebSocket()`, `io()`, `io.connect()`, or anything imported or required from the library's package. */
  private factoryFramework(
    callee: Node,
    traced: Located,
    kind: 'constructors' | 'functions',
  ): JavascriptFramework | undefined {
    let target = unwrap(callee);
    if (kind === 'functions' && isMember(target) && memberName(target) === 'connect') target = unwrap(target.object);
    for (const value of this.tracer.trace({ node: target, file: traced.file })) {
      if (value.kind !== 'package') continue;
      const framework = FRAMEWORKS_IN_ORDER.find((candidate) => candidate.creates.modules.includes(value.source));
      if (framework) return framework;
    }
    const name = referenceName(target);
    return name === undefined ? undefined : FRAMEWORKS_IN_ORDER.find((candidate) => candidate.creates[kind].includes(name));
  }
}
