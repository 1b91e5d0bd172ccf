import type { Direction, EventReport } from '../model/result.js';
import type { SourceLocation } from '../model/site.js';
import { compareLocations, compareStrings } from '../util/compare.js';

const DIRECTION_ORDER: Record<Direction, number> = {
  'server-to-client': 0,
  'client-to-server': 1,
  'client-local': 2,
};

export function sortedLocations<T extends SourceLocation>(locations: readonly T[]): T[] {
  return [...locations].sort(compareLocations);
}

/** Report order inside a list or table: by name, so a reader can scan for one. */
export function compareEvents(a: EventReport, b: EventReport): number {
  return (
    compareStrings(a.name, b.name) ||
    DIRECTION_ORDER[a.direction] - DIRECTION_ORDER[b.direction] ||
    compareStrings(a.namespace ?? '', b.namespace ?? '')
  );
}
