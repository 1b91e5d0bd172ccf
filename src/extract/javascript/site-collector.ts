import type { Site, SiteKind, SiteScope } from '../../model/site.js';
import { compareLocations, compareStrings } from '../../util/compare.js';
import { isValueArgument, type CallNode, type FunctionNode } from './ast.js';
import type { FieldReads } from './field-reads.js';
import type { CallIndex } from './function-refs.js';
import { enclosingFunctionName } from './enclosing-function.js';
import type { EventName, EventNames, NamePattern } from './event-names.js';
import type { IncomingMessages } from './incoming.js';
import { nestedKeys, sortedUnique, type Messages, type PayloadParam } from './messages.js';
import { sourceText, type ParsedFile } from './parsed-file.js';
import type { PayloadReceiver } from './payload-receivers.js';
import type { Project } from './project.js';
import type { Binding } from './scope.js';
import type { Located } from './trace.js';

/**
 * An event name found at a call or comparison, before it is resolved: `role: 'name'` when `at` is
 * the name expression, `'message'` when it is a whole message whose `type` names the event,
 * `'fixed'` when the API decides the name (`fixedName`) and `at` is only where the site is.
 */
export interface Occurrence {
  kind: SiteKind;
  scope: SiteScope;
  rule: string;
  via: string;
  role: 'name' | 'message' | 'fixed';
  at: Located;
  fixedName?: NamePattern;
  /** Socket.IO namespace of the socket, unset for the default one. */
  namespace?: string;
  /** A handler of every event of its namespace (`socket.onAny`). */
  catchAll?: boolean;
  payloadKeys?: string[];
  /** Parameters of a helper building the payload (`{ type, ...payload }`, `{ type, data }`): its callers add their keys. */
  payloadParams?: PayloadParam[];
  /** For a handler: where its payload arrives, so the fields it reads can be listed. */
  receives?: PayloadReceiver;
  /** The client manager's own re-dispatch: a name that cannot be resolved there is the bridge, not an event. */
  unresolvedIsBridge?: boolean;
  /** `type.startsWith(x)` matches every name beginning with x (`prefix`); `endsWith` ends with it. */
  match?: 'prefix' | 'suffix';
}

function applyMatch(name: EventName, match: Occurrence['match']): EventName {
  if (match === undefined) return name;
  const text = match === 'prefix' ? `${name.text}*` : `*${name.text}`;
  return { ...name, text: text.replace(/\*+/g, '*'), dynamic: true };
}

/**
 * When two occurrences land on the same expression, the lower wins (a helper's call beats the
 * generic rule; any rule beats a call of a wrapper the config names).
 */
const PRECEDENCE = { helperCall: 0, direct: 1, configWrapper: 2 } as const;
type Precedence = (typeof PRECEDENCE)[keyof typeof PRECEDENCE];

/** A helper's callers inherit the config wrapper's precedence: what another rule finds there stays. */
function callerPrecedence(precedence: Precedence): Precedence {
  return precedence === PRECEDENCE.configWrapper ? precedence : PRECEDENCE.helperCall;
}

/**
 * Turns occurrences into sites. An occurrence whose name is a parameter makes its function a
 * registration or send helper: every call of it, followed across files, becomes an occurrence at
 * the argument (and so on through helpers of helpers). A helper nobody calls handles or sends
 * nothing, so it has no site: a `*` there would match, and hide, every event of the other side.
 */
export class SiteCollector {
  private readonly found = new Map<string, { site: Site; precedence: Precedence }>();
  private readonly expandedHelpers = new Set<string>();
  private readonly helperIds = new Map<FunctionNode, number>();

  constructor(
    private readonly project: Project,
    private readonly names: EventNames,
    private readonly messages: Messages,
    private readonly incoming: IncomingMessages,
    private readonly calls: () => CallIndex,
    private readonly fieldReads: FieldReads,
  ) {}

  add(occurrence: Occurrence): void {
    this.settle(occurrence, PRECEDENCE.direct);
  }

  /** A call of a wrapper the config names: a site only where no other rule has one at the same expression. */
  addConfigWrapper(occurrence: Occurrence): void {
    this.settle(occurrence, PRECEDENCE.configWrapper);
  }

  /** Names already resolved by the caller (keys of a handler map). */
  addResolved(occurrence: Occurrence, names: readonly EventName[]): void {
    for (const name of names) this.record(occurrence, name, PRECEDENCE.direct);
  }

  sites(): Site[] {
    return [...this.found.values()]
      .map((entry) => entry.site)
      .sort((a, b) => compareLocations(a, b) || compareStrings(a.name, b.name) || compareStrings(a.kind, b.kind));
  }

  private settle(occurrence: Occurrence, precedence: Precedence): void {
    if (occurrence.role === 'name') {
      this.settleName(occurrence, precedence);
      return;
    }
    if (occurrence.role === 'fixed') {
      if (occurrence.fixedName) this.record(occurrence, { ...occurrence.fixedName, at: occurrence.at }, precedence);
      return;
    }
    for (const message of this.messages.resolve(occurrence.at)) {
      if (message.kind === 'param') this.expandHelper(message.binding, occurrence, precedence);
      else if (message.kind === 'typed') {
        const payloadKeys = occurrence.payloadKeys ?? message.payloadKeys;
        this.settleName({ ...occurrence, role: 'name', at: message.type, payloadKeys, payloadParams: message.params }, precedence);
      } else {
        const payloadKeys = occurrence.payloadKeys ?? message.payloadKeys;
        this.record({ ...occurrence, payloadKeys }, { text: '*', dynamic: true, at: message.at }, precedence);
      }
    }
  }

  private settleName(occurrence: Occurrence, precedence: Precedence): void {
    // Re-raising an incoming message under its own type is a bridge between two stages, not an event.
    if (this.incoming.classify(occurrence.at) === 'type') return;
    const resolution = this.names.resolve(occurrence.at);
    if (resolution.kind === 'param') {
      this.expandHelper(resolution.binding, occurrence, precedence);
      return;
    }
    for (const name of resolution.names) {
      if (name.dynamic && occurrence.unresolvedIsBridge) continue;
      this.record(occurrence, applyMatch(name, occurrence.match), precedence);
    }
  }

  private expandHelper(binding: Binding, occurrence: Occurrence, precedence: Precedence): void {
    const param = binding.param;
    if (!param) return;
    const { role, kind, scope, rule } = occurrence;
    const key = [this.helperId(param.fn), param.index, role, kind, scope, rule].join(':');
    if (this.expandedHelpers.has(key)) return;
    this.expandedHelpers.add(key);
    for (const { call, file } of this.calls().callsOf(param.fn)) {
      const argument = call.arguments[param.index];
      if (!isValueArgument(argument)) continue;
      const at = { node: argument, file };
      const payload = this.callerPayload(occurrence, call, file, param.fn);
      const expanded: Occurrence = { ...occurrence, ...payload, at, via: sourceText(file, call.callee) };
      if (occurrence.receives) expanded.receives = this.fieldReads.atCall(occurrence.receives, param.fn, call, file);
      this.settle(expanded, callerPrecedence(precedence));
    }
    if (param.index === 0 && param.path.length === 0 && occurrence.role === 'name') {
      this.expandIterations(param.fn, occurrence, precedence);
    }
  }

  /** `names.forEach(subscribe)`: `subscribe` is called with each element of `names`, each a name. */
  private expandIterations(helper: FunctionNode, occurrence: Occurrence, precedence: Precedence): void {
    for (const { iterable, reference } of this.calls().iterationsOf(helper)) {
      const expanded: Occurrence = { ...occurrence, via: sourceText(reference.file, reference.node) };
      for (const name of this.names.elementNames(iterable, [], reference)) {
        this.record(expanded, name, callerPrecedence(precedence));
      }
    }
  }

  /**
   * Adds the keys a call passes for the helper's payload parameters: spread into the message
   * (`broadcast('x', { count })` → `count`) or put under a key (`send('x', { room })` → `data.room`).
   * A spread argument whose keys cannot be seen makes the payload unknown.
   */
  private callerPayload(
    occurrence: Occurrence,
    call: CallNode,
    file: ParsedFile,
    helper: FunctionNode,
  ): Partial<Occurrence> {
    const params = occurrence.payloadParams ?? [];
    const filled = params.filter((entry) => entry.binding.param?.fn === helper);
    if (filled.length === 0) return {};
    let keys: string[] | undefined = occurrence.payloadKeys && [...occurrence.payloadKeys];
    for (const { binding, under } of filled) {
      const argument = call.arguments[binding.param?.index ?? -1];
      const passed = isValueArgument(argument) ? this.messages.objectKeys({ node: argument, file }) : undefined;
      if (under !== undefined) keys?.push(...nestedKeys(under, passed ?? []));
      else keys = passed && keys ? [...keys, ...passed] : undefined;
    }
    return { payloadKeys: keys && sortedUnique(keys), payloadParams: params.filter((entry) => !filled.includes(entry)) };
  }

  private helperId(fn: FunctionNode): number {
    let id = this.helperIds.get(fn);
    if (id === undefined) {
      id = this.helperIds.size;
      this.helperIds.set(fn, id);
    }
    return id;
  }

  private record(occurrence: Occurrence, name: EventName, precedence: Precedence): void {
    const { line, column } = name.at.file.startOf(name.at.node);
    const source = name.at.file.source;
    const site: Site = {
      file: source.path, line, column, name: name.text, dynamic: name.dynamic,
      kind: occurrence.kind, scope: occurrence.scope, side: source.side, via: occurrence.via, rule: occurrence.rule,
    };
    // A parameter spread into the payload that no caller filled leaves its keys unknown.
    const unfilled = occurrence.payloadParams?.some((entry) => entry.under === undefined);
    if (occurrence.payloadKeys && !unfilled) site.payloadKeys = occurrence.payloadKeys;
    const fieldsRead = occurrence.receives && this.fieldReads.of(occurrence.receives);
    if (fieldsRead) site.fieldsRead = fieldsRead;
    if (occurrence.namespace !== undefined) site.namespace = occurrence.namespace;
    if (occurrence.catchAll) site.catchAll = true;
    const enclosingFunction = enclosingFunctionName(this.project, name.at);
    if (enclosingFunction !== undefined) site.enclosingFunction = enclosingFunction;
    // One expression is one site: when a helper and a generic rule read it differently, the helper knows better.
    const key = [site.file, line, column, site.kind].join('\u0000');
    const existing = this.found.get(key);
    if (!existing || precedence < existing.precedence) this.found.set(key, { site, precedence });
  }
}
