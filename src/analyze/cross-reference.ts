import type { Direction, EventReport, EventStatus, SiteReference } from '../model/result.js';
import type { Site } from '../model/site.js';
import { compareLocations, compareStrings } from '../util/compare.js';
import { patternMatches } from './event-pattern.js';
import { fieldMismatchesOf } from './field-mismatches.js';
import { LIBRARY_EVENT_NAMES } from './library-events.js';
import { withNearMissNames } from './near-miss.js';

/** An event before the category stage has named its category. */
export type MatchedEvent = Omit<EventReport, 'category'>;

export const DEFAULT_NAMESPACE = '/';

const DIRECTION_ORDER: readonly Direction[] = ['server-to-client', 'client-to-server', 'client-local'];

/**
 * Turns sites into events: each name (or dynamic pattern) in each namespace and direction, with
 * the sites that send it and the sites that handle it, and its status.
 */
export function crossReference(sites: readonly Site[]): MatchedEvent[] {
  const namespaces = [...new Set(sites.map(namespaceOf))].sort(compareStrings);
  const events = namespaces.flatMap((namespace) =>
    eventsOfNamespace(
      sites.filter((site) => namespaceOf(site) === namespace),
      namespace,
    ),
  );
  return withNearMissNames(events).sort(compareEvents);
}

function eventsOfNamespace(sites: readonly Site[], namespace: string): MatchedEvent[] {
  const serverSends = sites.filter((site) => site.side === 'backend' && site.kind === 'send');
  const serverHandlers = sites.filter((site) => site.side === 'backend' && site.kind === 'handle');
  const clientSends = sites.filter((site) => site.side === 'frontend' && site.kind === 'send' && site.scope === 'wire');
  const localSends = sites.filter((site) => site.side === 'frontend' && site.kind === 'send' && site.scope === 'local');
  const clientHandlers = sites.filter((site) => site.side === 'frontend' && site.kind === 'handle');

  // A frontend handler listens to the client's own manager when the client raises that name
  // itself and the server never sends it (`wsManager.on('connected')`).
  const localNames = new Set(localSends.filter((site) => !site.dynamic).map((site) => site.name));
  const listensLocally = (handler: Site) =>
    !handler.dynamic && localNames.has(handler.name) && !serverSends.some((send) => sendsName(send, handler.name));

  return [
    ...matchDirection('server-to-client', serverSends, clientHandlers.filter((site) => !listensLocally(site)), namespace),
    ...matchDirection('client-to-server', clientSends, serverHandlers, namespace),
    ...matchDirection('client-local', localSends, clientHandlers.filter(listensLocally), namespace),
  ];
}

function matchDirection(direction: Direction, sends: readonly Site[], allHandlers: readonly Site[], namespace: string): MatchedEvent[] {
  const catchAlls = allHandlers.filter((site) => site.catchAll);
  const handlers = allHandlers.filter((site) => !site.catchAll);
  const literalNames = new Set([...sends, ...handlers].filter((site) => !site.dynamic).map((site) => site.name));
  const patterns = new Set([...sends, ...handlers].filter((site) => site.dynamic).map((site) => site.name));
  const literalEvents = [...literalNames].map((name) => {
    const sent = sends.filter((site) => sendsName(site, name));
    const handled = handlers.filter((site) => sendsName(site, name));
    return makeEvent(direction, namespace, name, false, sent, handled, catchAlls);
  });
  const dynamicEvents = [...patterns].map((pattern) => {
    const sent = sends.filter((site) => site.name === pattern && site.dynamic);
    const handled = handlers.filter((site) => site.name === pattern && site.dynamic);
    // Literal sites join a pattern's row only to show what the other side's pattern covers.
    const coveredSends = handled.length ? sends.filter((site) => !site.dynamic && patternMatches(pattern, site.name)) : [];
    const coveredHandlers = sent.length ? handlers.filter((site) => !site.dynamic && patternMatches(pattern, site.name)) : [];
    return makeEvent(direction, namespace, pattern, true, [...sent, ...coveredSends], [...handled, ...coveredHandlers], catchAlls);
  });
  const events = [...literalEvents, ...dynamicEvents];
  // A catch-all that receives nothing keeps a row of its own, so it is never dropped silently.
  if (catchAlls.length && !events.some((event) => event.sent.length)) {
    events.push(makeEvent(direction, namespace, '*', true, [], catchAlls, []));
  }
  return events;
}

/** True when the site names `name`: literally, or through its dynamic pattern. */
function sendsName(site: Site, name: string): boolean {
  return site.dynamic ? patternMatches(site.name, name) : site.name === name;
}

/** Catch-all handlers receive every sent event of their namespace and direction. */
function makeEvent(
  direction: Direction,
  namespace: string,
  name: string,
  dynamic: boolean,
  sent: readonly Site[],
  handled: readonly Site[],
  catchAlls: readonly Site[],
): MatchedEvent {
  const receivingCatchAlls = sent.length ? catchAlls : [];
  const sentReferences = referencesTo(sent, name);
  const handledReferences = referencesTo(handled, name);
  const status = statusOf(direction, name, sent.length > 0, handled.length + receivingCatchAlls.length > 0);
  return {
    name,
    direction,
    status,
    ...(namespace === DEFAULT_NAMESPACE ? {} : { namespace }),
    dynamic,
    ...(receivingCatchAlls.length && !handled.length ? { catchAllOnly: true } : {}),
    sent: sentReferences,
    handled: [...handledReferences, ...referencesTo(receivingCatchAlls, name)],
    fieldMismatches: fieldMismatchesOf(sentReferences, handledReferences),
    ...(isSuppressed(status, sent, handled) ? { suppressed: true } : {}),
  };
}

/** A gap is silenced when every site on the side that has it carries a `ws-gap-ignore` comment. */
function isSuppressed(status: EventStatus, sent: readonly Site[], handled: readonly Site[]): boolean {
  const gapSide = status === 'unhandled' ? sent : status === 'dead-handler' ? handled : [];
  return gapSide.length > 0 && gapSide.every((site) => site.suppressed);
}

function statusOf(direction: Direction, name: string, isSent: boolean, isHandled: boolean): EventStatus {
  if (direction === 'client-local') return 'client-local';
  if (isSent && isHandled) return 'handled';
  if (LIBRARY_EVENT_NAMES.has(name)) return 'library';
  return isSent ? 'unhandled' : 'dead-handler';
}

/** Sites that reach the event through another name (a pattern) say which. */
function referencesTo(sites: readonly Site[], eventName: string): SiteReference[] {
  return [...sites].sort(compareLocations).map((site) => ({
    file: site.file,
    line: site.line,
    column: site.column,
    via: site.via,
    rule: site.rule,
    ...(site.payloadKeys ? { payloadKeys: site.payloadKeys } : {}),
    ...(site.enclosingFunction ? { function: site.enclosingFunction } : {}),
    ...(site.calledFrom?.length ? { calledFrom: site.calledFrom } : {}),
    ...(site.dynamic && !site.catchAll && site.name !== eventName ? { pattern: site.name } : {}),
    ...(site.catchAll ? { catchAll: true } : {}),
    ...(site.fieldsRead ? { fieldsRead: site.fieldsRead } : {}),
    ...(site.suppressed ? { suppressed: site.suppressed } : {}),
  }));
}

function namespaceOf(site: Site): string {
  return site.namespace ?? DEFAULT_NAMESPACE;
}

/** The order of events in every result: direction, namespace, name. */
export function compareEvents(a: MatchedEvent, b: MatchedEvent): number {
  return (
    DIRECTION_ORDER.indexOf(a.direction) - DIRECTION_ORDER.indexOf(b.direction) ||
    compareStrings(a.namespace ?? '', b.namespace ?? '') ||
    compareStrings(a.name, b.name)
  );
}
