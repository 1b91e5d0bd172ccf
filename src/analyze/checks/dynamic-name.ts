import type { Finding } from '../../model/finding.js';
import type { Direction, EventReport, ScanResult, SiteReference } from '../../model/result.js';
import type { Side } from '../../model/site.js';
import type { Check } from './check.js';
import { findingEvent, locationOf } from './event-findings.js';

export const dynamicName: Check = {
  id: 'dynamic-name',
  title: 'Dynamic event name',
  defaultSeverity: 'note',
  description: 'A place that sends or handles an event whose name is computed, so ws-gap only knows a pattern for it.',
  help: 'Where you can, use a literal event name or a constant here, so the event is matched by its exact name.',
  find: (result) => {
    const literalSites = literalSiteKeys(result.events);
    return result.events
      .filter((event) => event.dynamic)
      .flatMap((event) => [
        ...dynamicSites(event.sent, event, literalSites).map((site) => finding(event, site, 'send')),
        ...dynamicSites(event.handled, event, literalSites).map((site) => finding(event, site, 'handle')),
      ]);
  },
};

const SIDE_OF: Record<Direction, Record<'send' | 'handle', Side>> = {
  'server-to-client': { send: 'backend', handle: 'frontend' },
  'client-to-server': { send: 'frontend', handle: 'backend' },
  'client-local': { send: 'frontend', handle: 'frontend' },
};

function finding(event: EventReport, site: SiteReference, kind: 'send' | 'handle'): Finding {
  return {
    checkId: 'dynamic-name',
    event: findingEvent(event),
    location: locationOf(site),
    relatedLocations: (site.calledFrom ?? []).map((location) => ({ ...locationOf(location), label: 'called-from' })),
    arguments: {
      kind,
      side: SIDE_OF[event.direction][kind],
      otherSide: SIDE_OF[event.direction][kind === 'send' ? 'handle' : 'send'],
      matched: event.status === 'handled',
    },
  };
}

/**
 * A pattern's row also lists the literal sites its pattern covers on the other side; those are
 * the sites that appear, without a pattern, in a literal event's row. Catch-all handlers receive
 * every name on purpose: they are not unresolved names.
 */
function dynamicSites(sites: readonly SiteReference[], event: EventReport, literalSites: ReadonlySet<string>): SiteReference[] {
  return sites.filter((site) => !site.catchAll && !literalSites.has(siteKey(event, site)));
}

function literalSiteKeys(events: readonly EventReport[]): Set<string> {
  return new Set(
    events
      .filter((event) => !event.dynamic)
      .flatMap((event) => [...event.sent, ...event.handled].filter((site) => site.pattern === undefined).map((site) => siteKey(event, site))),
  );
}

function siteKey(event: EventReport, site: SiteReference): string {
  return [event.direction, event.namespace ?? '', site.file, site.line, site.column].join('\u0000');
}
