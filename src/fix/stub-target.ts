import type { EventReport, SiteReference } from '../model/result.js';
import type { SourceLocation } from '../model/site.js';
import { compareLocations, compareStrings } from '../util/compare.js';
import { handlerStyle, isCallableVia } from './handler-style.js';

/** Where a new frontend handler goes, the API the handlers already in that file use, and those handlers. */
export interface StubTarget {
  file: string;
  via: string;
  /** The name expressions of the file's handlers that use `via`, in source order. */
  sites: SourceLocation[];
}

/**
 * The frontend file that handles most server events of the event's category (else most server events
 * overall; ties → path order), or undefined when no frontend file handles any.
 */
export function stubTarget(events: readonly EventReport[], event: EventReport): StubTarget | undefined {
  const handlers = handlerSites(events);
  const file = busiestFile(handlers, event.category) ?? busiestFile(handlers);
  const via = file === undefined ? undefined : handlerApi(handlers, file);
  if (file === undefined || via === undefined) return undefined;
  return { file, via, sites: uniqueLocations(handlers.filter((site) => site.file === file && site.via === via)) };
}

interface HandlerSite extends SiteReference {
  event: EventReport;
}

/**
 * Where the frontend handles server events (sent or not). A catch-all (`socket.onAny`) is left out:
 * it is listed under every event it receives, and a named handler cannot be written like it.
 */
function handlerSites(events: readonly EventReport[]): HandlerSite[] {
  return events
    .filter((event) => event.direction === 'server-to-client')
    .filter((event) => event.status === 'handled' || event.status === 'dead-handler')
    .flatMap((event) => event.handled.map((site) => ({ ...site, event })))
    .filter((site) => site.catchAll !== true);
}

/** The file handling most events (of the category, when given). */
function busiestFile(handlers: readonly HandlerSite[], category?: string): string | undefined {
  const eventsByFile = new Map<string, Set<EventReport>>();
  for (const site of handlers) {
    if (category !== undefined && site.event.category !== category) continue;
    eventsByFile.set(site.file, (eventsByFile.get(site.file) ?? new Set()).add(site.event));
  }
  return mostFirst(new Map([...eventsByFile].map(([file, keys]) => [file, keys.size])))[0];
}

/** The API the file's handlers use most, preferring one that can be called with a name and a callback. */
function handlerApi(handlers: readonly HandlerSite[], file: string): string | undefined {
  const counts = new Map<string, number>();
  for (const site of handlers) if (site.file === file) counts.set(site.via, (counts.get(site.via) ?? 0) + 1);
  const vias = mostFirst(counts);
  return vias.find(isCallableVia) ?? vias.find((via) => handlerStyle(via) !== undefined) ?? vias[0];
}

function mostFirst(counts: ReadonlyMap<string, number>): string[] {
  return [...counts].sort(([a, countA], [b, countB]) => countB - countA || compareStrings(a, b)).map(([key]) => key);
}

function uniqueLocations(sites: readonly SourceLocation[]): SourceLocation[] {
  const unique = new Map(sites.map(({ file, line, column }) => [`${line}:${column}`, { file, line, column }]));
  return [...unique.values()].sort(compareLocations);
}
