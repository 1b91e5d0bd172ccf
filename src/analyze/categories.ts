import path from 'node:path';
import type { EventReport, SiteReference } from '../model/result.js';
import { compareStrings } from '../util/compare.js';
import type { MatchedEvent } from './cross-reference.js';
import { globMatches } from './event-pattern.js';

export const UNCATEGORISED = 'Uncategorised';

/** A category from the config file: events whose name matches one of the globs belong to it. */
export interface CategoryRule {
  category: string;
  patterns: readonly string[];
}

/** File names that say nothing about a feature; their folder names it instead. */
const GENERIC_BASE_NAMES = new Set(['index', 'main', 'app', 'mod', '__init__']);

/**
 * Names each event's category: from the config when a rule matches; else from the frontend
 * module that deals with it (`pipeline.js` → `Pipeline`); else from related events (sent by the
 * same backend function, or sharing the name's prefix); else `Uncategorised`.
 */
export function assignCategories(events: readonly MatchedEvent[], rules: readonly CategoryRule[]): EventReport[] {
  const direct = events.map((event) => configuredCategory(event.name, rules) ?? categoryFromFrontend(event));
  return events.map((event, index) => ({
    ...event,
    category: direct[index] ?? relatedCategory(event, events, direct) ?? UNCATEGORISED,
  }));
}

function configuredCategory(name: string, rules: readonly CategoryRule[]): string | undefined {
  return rules.find((rule) => rule.patterns.some((pattern) => globMatches(pattern, name)))?.category;
}

function categoryFromFrontend(event: MatchedEvent): string | undefined {
  const frontendSites = event.direction === 'client-to-server' ? event.sent : event.handled;
  const file = mostCommon(frontendSites.map((site) => site.file));
  return file === undefined ? undefined : categoryFromPath(file);
}

/** `static/js/pages/data-management.js` → `Data Management`; `chat/index.ts` → `Chat`. */
export function categoryFromPath(file: string): string {
  const parsed = path.posix.parse(file);
  const base = parsed.name.split('.')[0] ?? parsed.name;
  const name = GENERIC_BASE_NAMES.has(base.toLowerCase()) ? path.posix.basename(parsed.dir) || base : base;
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[\s._-]+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join(' ');
}

function relatedCategory(event: MatchedEvent, events: readonly MatchedEvent[], direct: readonly (string | undefined)[]): string | undefined {
  const functions = new Set(backendSites(event).filter((site) => site.function).map(functionKey));
  const prefix = namePrefix(event.name);
  const categoriesWhere = (related: (other: MatchedEvent) => boolean) =>
    events.flatMap((other, index) => (other !== event && direct[index] && related(other) ? [direct[index]] : []));
  return (
    mostCommon(categoriesWhere((other) => backendSites(other).some((site) => functions.has(functionKey(site))))) ??
    (prefix === undefined ? undefined : mostCommon(categoriesWhere((other) => namePrefix(other.name) === prefix)))
  );
}

function backendSites(event: MatchedEvent): readonly SiteReference[] {
  if (event.direction === 'server-to-client') return event.sent;
  if (event.direction === 'client-to-server') return event.handled;
  return [];
}

function functionKey(site: SiteReference): string {
  return `${site.file}#${site.function ?? ''}`;
}

/** `pipeline_status` → `pipeline`; `chat:message` → `chat`; a name without separator has none. */
function namePrefix(name: string): string | undefined {
  const match = /^([^_:./]+)[_:./]/.exec(name);
  return match?.[1];
}

/** The most frequent value; ties go to the one that sorts first. */
function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort(([a, countA], [b, countB]) => countB - countA || compareStrings(a, b))[0]?.[0];
}
