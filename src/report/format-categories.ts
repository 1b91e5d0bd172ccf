import { UNCATEGORISED } from '../analyze/categories.js';
import type { EventReport } from '../model/result.js';
import { compareStrings } from '../util/compare.js';
import { compareEvents } from './format-order.js';

export interface CategoryGroup {
  category: string;
  events: EventReport[];
}

/** Groups in alphabetical order with `Uncategorised` last; events in report order inside each group. */
export function groupByCategory(events: readonly EventReport[]): CategoryGroup[] {
  const groups = new Map<string, EventReport[]>();
  for (const event of events) {
    const group = groups.get(event.category) ?? [];
    group.push(event);
    groups.set(event.category, group);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => compareCategories(a, b))
    .map(([category, members]) => ({ category, events: members.sort(compareEvents) }));
}

function compareCategories(a: string, b: string): number {
  return Number(a === UNCATEGORISED) - Number(b === UNCATEGORISED) || compareStrings(a, b);
}
