import type * as t from '@babel/types';

import { isCall, isMember, memberName, methodCall, referenceName, unwrap, type Node } from './ast.js';
import { FRAMEWORKS_IN_ORDER } from './frameworks/index.js';
import type { JavascriptFramework } from './frameworks/framework.js';
import { nativeWebsocket } from './frameworks/native-websocket.js';
import { hasSocketConstructorName, hasSocketName, isRawWebSocketName } from './identifier-words.js';
import type { ManagerClasses } from './manager-classes.js';
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
}

type Verdict = ReceiverOrigin | 'not-socket' | undefined;

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
const CONNECTION_EVENTS = new Set(FRAMEWORKS_IN_ORDER.flatMap((framework) => framework.creates.connectionEvents));

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

/** Decides whether the object a method is called on is a socket (or the client's socket manager). */
export class ReceiverClassifier {
  private readonly cache = new Map<Node, SocketReceiver | undefined>();

  constructor(
    private readonly project: Project,
    private readonly tracer: Tracer,
    private readonly managers: ManagerClasses,
  ) {}

  classify(located: Located): SocketReceiver | undefined {
    const node = unwrap(located.node);
    if (!this.cache.has(node)) this.cache.set(node, this.decide({ node, file: located.file }));
    return this.cache.get(node);
  }

  private decide(located: Located): SocketReceiver | undefined {
    const node = located.node;
    if (node.type === 'ThisExpression') {
      const info = this.project.classes.thisClass(located.file, node);
      return info && this.managers.isManager(info) ? this.receiver({ kind: 'manager-self' }, undefined) : undefined;
    }
    if (node.type === 'Identifier' && NOT_SOCKET_GLOBALS.has(node.name)) return undefined;
    const viewed = viewedSocket(node);
    if (viewed) return this.classify({ node: viewed, file: located.file });
    const name = receiverName(node);
    let rejected = false;
    for (const traced of this.tracer.trace(located)) {
      const verdict = this.verdict(traced);
      if (verdict === 'not-socket') rejected = true;
      else if (verdict) return this.receiver(verdict, name);
    }
    if (rejected || name === undefined || !hasSocketName(name)) return undefined;
    return this.receiver({ kind: 'named' }, name);
  }

  private receiver(origin: ReceiverOrigin, name: string | undefined): SocketReceiver {
    const isRawWebSocket =
      (origin.kind === 'created' && origin.framework === nativeWebsocket) ||
      (origin.kind === 'named' && name !== undefined && isRawWebSocketName(name));
    return { origin, isRawWebSocket };
  }

  private verdict(traced: Traced): Verdict {
    if (traced.kind === 'param') return this.connectedSocket(traced.binding);
    if (traced.kind !== 'value') return undefined;
    const node = traced.node;
    if (node.type === 'NewExpression') return this.constructed(node, traced);
    if (isCall(node)) return this.called(node, traced);
    return undefined;
  }

  /** The first parameter of `server.on('connection', (socket) => ...)` is a socket like the server's. */
  private connectedSocket(binding: Binding): Verdict {
    const param = binding.param;
    const call = param && binding.file.parents.get(param.fn);
    if (!param || param.index !== 0 || param.path.length > 0 || !call || !isCall(call)) return undefined;
    const target = methodCall(call);
    const event = call.arguments[0];
    const isConnection = event?.type === 'StringLiteral' && CONNECTION_EVENTS.has(event.value);
    if (target?.method !== 'on' || !isConnection || call.arguments[1] !== param.fn) return undefined;
    return this.classify({ node: target.receiver, file: binding.file })?.origin;
  }

  private constructed(node: t.NewExpression, traced: Located): Verdict {
    const info = this.tracer.classOf(traced);
    if (info && this.managers.isManager(info)) return { kind: 'manager' };
    const framework = this.factoryFramework(node.callee, traced, 'constructors');
    if (framework) return { kind: 'created', framework };
    const name = referenceName(node.callee);
    if (name === undefined) return undefined;
    if (NOT_SOCKET_CONSTRUCTORS.has(name)) return 'not-socket';
    return hasSocketConstructorName(name) ? { kind: 'named' } : undefined;
  }

  private called(node: t.CallExpression | t.OptionalCallExpression, traced: Located): Verdict {
    const framework = this.factoryFramework(node.callee, traced, 'functions');
    if (framework) return { kind: 'created', framework };
    const viewed = viewedSocket(node);
    if (viewed) return this.classify({ node: viewed, file: traced.file })?.origin;
    const callee = unwrap(node.callee);
    if (callee.type === 'Identifier' && JQUERY_NAMES.has(callee.name)) return 'not-socket';
    const name = referenceName(callee);
    return name !== undefined && ELEMENT_QUERIES.has(name) ? 'not-socket' : undefined;
  }

  /** `new WebSocket()`, `io()`, `io.connect()`, or a default/named import from the library's package. */
  private factoryFramework(
    callee: Node,
    traced: Located,
    kind: 'constructors' | 'functions',
  ): JavascriptFramework | undefined {
    let target = unwrap(callee);
    if (kind === 'functions' && isMember(target) && memberName(target) === 'connect') target = unwrap(target.object);
    for (const value of this.tracer.trace({ node: target, file: traced.file })) {
      if (value.kind !== 'package') continue;
      const source = value.binding.imported?.source ?? '';
      const framework = FRAMEWORKS_IN_ORDER.find((candidate) => candidate.creates.modules.includes(source));
      if (framework) return framework;
    }
    const name = referenceName(target);
    return name === undefined ? undefined : FRAMEWORKS_IN_ORDER.find((candidate) => candidate.creates[kind].includes(name));
  }
}
