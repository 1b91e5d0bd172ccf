import type { EventReport } from '../model/result.js';
import { compareStrings } from '../util/compare.js';

/** Where a new frontend handler goes, and the API the handlers already in that file use. */
export interface StubTarget {
  file: string;
  via: string;
}

/**
 * The frontend file that handles most server events of the event's category (else most server events
 * overall; ties → path order), or undefined when no frontend file handles any.
 */
export function stubTarget(events: readonly EventReport[], event: EventReport): StubTarget | undefined {
  const file = busiestFile(handlerFiles(events, event.category)) ?? busiestFile(handlerFiles(events));
  const via = file === undefined ? undefined : handlerApi(events, file);
  return file === undefined || via === undefined ? undefined : { file, via };
}

/** A `via` that can be called as `via('name', fn)`: `wsManager.on`, `this.socket?.on`, `onSocket`. */
export function isCallableVia(via: string): boolean {
  return /^[A-Za-z_$][\w$]*(?:\??\.[A-Za-z_$][\w$]*)*$/.test(via);
}

/** Frontend files → how many server events (of the category, when given) they handle. */
function handlerFiles(events: readonly EventReport[], category?: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const event of frontendHandledEvents(events)) {
    if (category !== undefined && event.category !== category) continue;
    for (const file of new Set(event.handled.map((site) => site.file))) counts.set(file, (counts.get(file) ?? 0) + 1);
  }
  return counts;
}

/** The API the file's handlers use most, preferring one that can be called with a name and a callback. */
function handlerApi(events: readonly EventReport[], file: string): string | undefined {
  const counts = new Map<string, number>();
  for (const site of frontendHandledEvents(events).flatMap((event) => event.handled)) {
    if (site.file === file) counts.set(site.via, (counts.get(site.via) ?? 0) + 1);
  }
  const vias = mostFirst(counts);
  return vias.find(isCallableVia) ?? vias[0];
}

function busiestFile(counts: ReadonlyMap<string, number>): string | undefined {
  return mostFirst(counts)[0];
}

function mostFirst(counts: ReadonlyMap<string, number>): string[] {
  return [...counts].sort(([a, countA], [b, countB]) => countB - countA || compareStrings(a, b)).map(([key]) => key);
}

function frontendHandledEvents(events: readonly EventReport[]): EventReport[] {
  return events.filter(
    (event) => event.direction === 'server-to-client' && (event.status === 'handled' || event.status === 'dead-handler'),
  );
}
