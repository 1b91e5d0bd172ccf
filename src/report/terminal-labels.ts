import type { EventReport, SiteReference } from '../model/result.js';
import type { SourceLocation } from '../model/site.js';
import { escapeControlCharacters } from './format-safe-text.js';
import { sortedLocations } from './format-order.js';

/** The event name (or pattern), its namespace when it is not the default one, and `(dynamic)`. */
export function eventLabel(event: EventReport): string {
  const parts = [escapeControlCharacters(event.name)];
  if (event.namespace !== undefined && event.namespace !== '/') {
    parts.push(`[${escapeControlCharacters(event.namespace)}]`);
  }
  if (event.dynamic) parts.push('(dynamic)');
  if (event.suppressed) parts.push('(suppressed)');
  return parts.join(' ');
}

export function locationLabel(location: SourceLocation): string {
  return `${escapeControlCharacters(location.file)}:${location.line}`;
}

/** `file:line`, plus where a helper with a fixed event name is called from. */
export function sendLocationLabel(site: SiteReference): string {
  const label = locationLabel(site);
  if (site.calledFrom === undefined || site.calledFrom.length === 0) return label;
  return `${label} (fires from ${sortedLocations(site.calledFrom).map(locationLabel).join(', ')})`;
}
