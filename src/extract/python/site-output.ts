import type { Site, SourceLocation } from '../../model/site.js';
import { compareLocations, compareStrings } from '../../util/compare.js';
import type { CallFact, Scope } from './facts.js';
import { append } from '../../util/map-lists.js';
import type { SiteDraft } from './site-collector.js';

/** Places the drafts in their files as sites, sorted by file, line, column and name. */
export function toSortedSites(
  sends: readonly SiteDraft[],
  handles: readonly SiteDraft[],
  scopes: readonly Scope[],
): Site[] {
  const callers = fixedNameHelperCallers(sends, scopes);
  return [...sends, ...handles].map((draft) => toSite(draft, callers)).sort(compareSites);
}

/**
 * Calls of every function that always sends one fixed name (`log_activity_with_broadcast`): its
 * event really fires where it is called. Functions sending several names are not helpers of one event.
 */
function fixedNameHelperCallers(sends: readonly SiteDraft[], scopes: readonly Scope[]): Map<Scope, CallFact[]> {
  const namesByScope = new Map<Scope, Set<string>>();
  for (const send of sends) {
    const names = namesByScope.get(send.scope) ?? new Set<string>();
    names.add(send.dynamic ? '*' : send.name);
    namesByScope.set(send.scope, names);
  }
  const callers = new Map<Scope, CallFact[]>();
  for (const call of scopes.flatMap((scope) => scope.calls)) {
    for (const { scope } of call.targets) {
      const names = namesByScope.get(scope);
      if (scope.name === undefined || names?.size !== 1 || names.has('*')) continue;
      append(callers, scope, call);
    }
  }
  return callers;
}

function toSite(draft: SiteDraft, callers: ReadonlyMap<Scope, CallFact[]>): Site {
  const { file } = draft.scope.module;
  const site: Site = {
    file: file.path,
    line: draft.node.startPosition.row + 1,
    column: draft.node.startPosition.column + 1,
    name: draft.name,
    dynamic: draft.dynamic,
    kind: draft.kind,
    scope: 'wire',
    side: file.side,
    via: draft.via,
    rule: draft.rule,
  };
  if (draft.payloadKeys) site.payloadKeys = [...draft.payloadKeys];
  if (draft.fieldsRead) site.fieldsRead = draft.fieldsRead.map((read) => ({ ...read }));
  if (draft.namespace !== undefined) site.namespace = draft.namespace;
  if (draft.catchAll) site.catchAll = true;
  if (draft.scope.name !== undefined) site.enclosingFunction = draft.scope.name;
  const calledFrom = callLocations(draft.kind === 'send' ? (callers.get(draft.scope) ?? []) : []);
  if (calledFrom.length > 0) site.calledFrom = calledFrom;
  return site;
}

function callLocations(calls: readonly CallFact[]): SourceLocation[] {
  const locations = calls.map((call) => ({
    file: call.scope.module.file.path,
    line: call.node.startPosition.row + 1,
    column: call.node.startPosition.column + 1,
  }));
  const unique = new Map(locations.map((location) => [`${location.file}:${location.line}:${location.column}`, location]));
  return [...unique.values()].sort(compareLocations);
}

function compareSites(a: Site, b: Site): number {
  return compareLocations(a, b) || compareStrings(a.name, b.name) || compareStrings(a.kind, b.kind);
}
