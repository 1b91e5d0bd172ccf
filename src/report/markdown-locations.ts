import type { EventReport, SiteReference } from '../model/result.js';
import type { SourceLocation } from '../model/site.js';
import { sortedLocations } from './format-order.js';
import type { MarkdownContext } from './markdown-context.js';
import { codeSpan, markdownText } from './markdown-escape.js';

export function fileLabel(context: MarkdownContext, path: string): string {
  return markdownText(context.fileNames.get(path) ?? path);
}

/** `pipeline.js:67` */
export function locationLabel(context: MarkdownContext, location: SourceLocation): string {
  return `${fileLabel(context, location.file)}:${location.line}`;
}

/** `Line 903`, `Lines 238, 252`, or `backend_simple.py:238, notifications.py:12`; empty when nothing sends it. */
export function sentAt(context: MarkdownContext, event: EventReport): string {
  const sites = sortedLocations(event.sent);
  if (sites.length === 0) return '';
  if (event.direction === 'server-to-client' && context.singleBackendSender) {
    const lines = sites.map((site) => `${site.line}${siteNotes(context, site)}`);
    return `${sites.length === 1 ? 'Line' : 'Lines'} ${lines.join(', ')}`;
  }
  return sites.map((site) => `${locationLabel(context, site)}${siteNotes(context, site)}`).join(', ');
}

/** `pipeline.js:67, dashboard.js:12`; empty when nothing handles it. */
export function handledIn(context: MarkdownContext, event: EventReport): string {
  return sortedLocations(event.handled)
    .map((site) => `${locationLabel(context, site)}${siteNotes(context, site)}`)
    .join(', ');
}

/** `Line 1024, handled in pipeline.js:67`, or just the side that exists. */
export function sentAndHandled(context: MarkdownContext, event: EventReport): string {
  const handled = handledIn(context, event);
  return [sentAt(context, event), handled === '' ? '' : `handled in ${handled}`].filter((part) => part !== '').join(', ');
}

function siteNotes(context: MarkdownContext, site: SiteReference): string {
  const notes: string[] = [];
  if (site.pattern !== undefined) notes.push(`via pattern ${codeSpan(site.pattern)}`);
  if (site.calledFrom !== undefined && site.calledFrom.length > 0) notes.push(`fires from ${callersText(context, site)}`);
  return notes.length === 0 ? '' : ` (${notes.join('; ')})`;
}

/** `lines 136, 195` when the helper is only called from its own file, else `file:line` labels. */
function callersText(context: MarkdownContext, site: SiteReference): string {
  const callers = sortedLocations(site.calledFrom ?? []);
  if (callers.every((caller) => caller.file === site.file)) {
    return `${callers.length === 1 ? 'line' : 'lines'} ${callers.map((caller) => caller.line).join(', ')}`;
  }
  return callers.map((caller) => locationLabel(context, caller)).join(', ');
}
