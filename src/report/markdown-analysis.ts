import type { Direction, EventReport } from '../model/result.js';
import type { Side, SourceLocation } from '../model/site.js';
import { countOf } from './format-count.js';
import { compareStrings } from '../util/compare.js';
import type { MarkdownContext } from './markdown-context.js';
import { codeSpan, markdownText } from './markdown-escape.js';

type Role = 'sends' | 'handles' | 'local';

interface RoleCount {
  events: Set<string>;
  patterns: Set<string>;
  /** Positions, so a site listed under both a pattern and the name it matched counts once. */
  sites: Set<string>;
}

type FileRoles = Map<string, Map<Role, RoleCount>>;

const ROLE_ORDER: readonly Role[] = ['sends', 'handles', 'local'];

/** Which side and role a site has, from its event's direction and the list it is in. */
const SITE_ROLES: Record<Direction, Record<'sent' | 'handled', { side: Side; role: Role }>> = {
  'server-to-client': { sent: { side: 'backend', role: 'sends' }, handled: { side: 'frontend', role: 'handles' } },
  'client-to-server': { sent: { side: 'frontend', role: 'sends' }, handled: { side: 'backend', role: 'handles' } },
  'client-local': { sent: { side: 'frontend', role: 'local' }, handled: { side: 'frontend', role: 'local' } },
};

/** `## Detailed Analysis`: every file with what it sends and handles, then the skipped files. */
export function detailedAnalysis(context: MarkdownContext): string[][] {
  const roles = fileRoles(context.result.events);
  const { roots, skipped } = context.result;
  const blocks = [
    ['## Detailed Analysis'],
    [`### 1. Backend Implementation${rootsText(roots.backend)}`],
    fileLines(roles.backend),
    [`### 2. Frontend Implementation${rootsText(roots.frontend)}`],
    fileLines(roles.frontend),
  ];
  if (skipped.length === 0) return blocks;
  const sorted = [...skipped].sort((a, b) => compareStrings(a.file, b.file) || compareStrings(a.reason, b.reason));
  return [
    ...blocks,
    [`### 3. Skipped Files (${skipped.length})`],
    sorted.map((entry) => `- ${codeSpan(entry.file)} - ${markdownText(entry.reason)}`),
  ];
}

function rootsText(roots: readonly string[]): string {
  return roots.length === 0 ? '' : ` (${roots.map(markdownText).join(', ')})`;
}

function fileLines(files: FileRoles): string[] {
  if (files.size === 0) return ['No WebSocket code found.'];
  return [...files.keys()].sort(compareStrings).map((file) => {
    const counts = files.get(file) ?? new Map<Role, RoleCount>();
    const parts = ROLE_ORDER.flatMap((role) => {
      const count = counts.get(role);
      return count === undefined ? [] : [roleText(role, count)];
    });
    return `- ${codeSpan(file)} - ${parts.join(', ')}`;
  });
}

/** `sends 6 events and 1 dynamic name (7 sites)` */
function roleText(role: Role, count: RoleCount): string {
  const events = countOf(count.events.size, role === 'local' ? 'client-local event' : 'event');
  const patterns = count.patterns.size === 0 ? '' : ` and ${countOf(count.patterns.size, 'dynamic name')}`;
  return `${role === 'local' ? 'uses' : role} ${events}${patterns} (${countOf(count.sites.size, 'site')})`;
}

function fileRoles(events: readonly EventReport[]): Record<Side, FileRoles> {
  const sides: Record<Side, FileRoles> = { backend: new Map(), frontend: new Map() };
  // Literal events first: a pattern row's site that a literal event also lists is that event's site.
  const ordered = [...events].sort((a, b) => Number(a.dynamic) - Number(b.dynamic));
  for (const event of ordered) {
    const key = JSON.stringify([event.direction, event.namespace ?? '', event.name]);
    for (const list of ['sent', 'handled'] as const) {
      const { side, role } = SITE_ROLES[event.direction][list];
      for (const site of event[list]) countSite(sides[side], site, role, event.dynamic, key);
    }
  }
  return sides;
}

function countSite(files: FileRoles, site: SourceLocation, role: Role, dynamic: boolean, eventKey: string): void {
  const roles = files.get(site.file) ?? new Map<Role, RoleCount>();
  const count = roles.get(role) ?? { events: new Set<string>(), patterns: new Set<string>(), sites: new Set<string>() };
  const position = `${site.line}:${site.column}`;
  if (!dynamic) count.events.add(eventKey);
  else if (!count.sites.has(position)) count.patterns.add(eventKey);
  count.sites.add(position);
  roles.set(role, count);
  files.set(site.file, roles);
}
