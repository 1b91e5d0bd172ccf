import type { Finding, FindingEvent, RelatedLocation, RelatedLocationLabel } from '../../model/finding.js';
import type { Direction, EventReport, EventStatus, ScanResult, SiteReference } from '../../model/result.js';
import type { SourceLocation } from '../../model/site.js';
import { compareLocations } from '../../util/compare.js';

export interface EventSelection {
  checkId: Finding['checkId'];
  direction: Direction;
  status: EventStatus;
  /** The side of the event the finding points at: its send sites or its handler sites. */
  sites: 'sent' | 'handled';
}

/**
 * One finding per literal event of the selected direction and status, at its first site on the
 * selected side; the other sites, and the places their helpers are called from, are related.
 * Dynamic rows are patterns, not events: the dynamic-name check reports them.
 */
export function eventFindings(result: ScanResult, selection: EventSelection): Finding[] {
  return result.events
    .filter((event) => !event.dynamic && event.direction === selection.direction && event.status === selection.status)
    .flatMap((event) => {
      const sites = [...event[selection.sites]].sort(comparePrimaryFirst);
      const [primary, ...others] = sites;
      if (primary === undefined) return [];
      const label: RelatedLocationLabel = selection.sites === 'sent' ? 'send-site' : 'handler-site';
      return [
        {
          checkId: selection.checkId,
          event: findingEvent(event),
          location: locationOf(primary),
          relatedLocations: [...others.map((site) => relatedSite(site, label)), ...calledFromLocations(sites)],
          arguments: { siteCount: sites.length, ...(event.didYouMean ? { didYouMean: event.didYouMean } : {}) },
          ...(event.suppressed ? { suppression: suppressionOf(sites) } : {}),
        },
      ];
    });
}

export function findingEvent(event: EventReport): FindingEvent {
  return {
    name: event.name,
    direction: event.direction,
    ...(event.namespace === undefined ? {} : { namespace: event.namespace }),
  };
}

export function locationOf(location: SourceLocation): SourceLocation {
  return { file: location.file, line: location.line, column: location.column };
}

/** Sites that name the event literally come first: a dynamic site only may reach it. */
function comparePrimaryFirst(a: SiteReference, b: SiteReference): number {
  return Number(a.pattern !== undefined) - Number(b.pattern !== undefined) || compareLocations(a, b);
}

function relatedSite(site: SiteReference, label: RelatedLocationLabel): RelatedLocation {
  return { ...locationOf(site), label, ...(site.pattern === undefined ? {} : { pattern: site.pattern }) };
}

function calledFromLocations(sites: readonly SiteReference[]): RelatedLocation[] {
  const locations = sites.flatMap((site) => site.calledFrom ?? []).sort(compareLocations);
  return locations
    .filter((location, index) => index === 0 || compareLocations(location, locations[index - 1]!) !== 0)
    .map((location) => ({ ...locationOf(location), label: 'called-from' }));
}

/** The reason of the first directive that gives one. */
function suppressionOf(sites: readonly SiteReference[]): { reason?: string } {
  const reason = sites.find((site) => site.suppressed?.reason)?.suppressed?.reason;
  return reason ? { reason } : {};
}
