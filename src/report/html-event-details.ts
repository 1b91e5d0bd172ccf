import type { EventReport, FieldMismatch, SiteReference } from '../model/result.js';
import type { SourceLocation } from '../model/site.js';
import { sortedLocations } from './format-order.js';
import { snippetAt, snippetHtml, type SnippetSource } from './html-code-snippet.js';
import { htmlText } from './html-escape.js';
import { CONTRACT_LABELS, DIRECTION_LABELS, eventNameHtml, statusBadgeHtml } from './html-labels.js';

/**
 * One collapsible block per event: its notes, every site that sends or handles it with the code
 * around it, and the payload fields its handlers read that no sender provides. `<details>` opens
 * without JavaScript; the script opens the one an event link or a diagram node points at.
 */
export function eventDetailsHtml(events: readonly EventReport[], snippets: SnippetSource | undefined): string {
  const blocks = events.map((event, index) => eventBlock(event, `e${index}`, snippets));
  return [
    '<section id="event-details" aria-labelledby="details-title">',
    '<h2 id="details-title">Sites by event</h2>',
    ...blocks,
    '</section>',
  ].join('\n');
}

function eventBlock(event: EventReport, id: string, snippets: SnippetSource | undefined): string {
  const summary =
    `<summary>${eventNameHtml(event)} ${statusBadgeHtml(event)} ` +
    `<span class="muted">${DIRECTION_LABELS[event.direction]} · ${htmlText(event.category)}</span></summary>`;
  const body = [
    notes(event),
    siteList('Sent at', event.sent, 'Nothing in the scanned code sends it.', snippets),
    siteList('Handled at', event.handled, 'Nothing in the scanned code handles it.', snippets),
    fieldMismatchList(event.fieldMismatches, snippets),
  ];
  return (
    `<details id="event-${id}" class="event-detail" data-event="${id}">${summary}` +
    `<div class="detail-body">${body.join('')}</div></details>`
  );
}

function notes(event: EventReport): string {
  const lines: string[] = [];
  if (event.didYouMean !== undefined) lines.push(`Did you mean <code>${htmlText(event.didYouMean)}</code>?`);
  if (event.catchAllOnly) lines.push('Only catch-all handlers receive it.');
  if (event.suppressed) lines.push('A <code>ws-gap-ignore</code> comment silences this gap: it is left out of the figures and the gates.');
  if (event.contract !== undefined) lines.push(`Contract: ${CONTRACT_LABELS[event.contract]}${declaredAt(event.declaredAt)}.`);
  return lines.map((line) => `<p class="note">${line}</p>`).join('');
}

function declaredAt(location: SourceLocation | undefined): string {
  return location === undefined ? '' : ` (declared at ${locationHtml(location)})`;
}

function siteList(title: string, sites: readonly SiteReference[], empty: string, snippets: SnippetSource | undefined): string {
  const heading = `<h4>${title} (${sites.length})</h4>`;
  if (sites.length === 0) return `${heading}<p class="muted">${empty}</p>`;
  const items = sortedLocations(sites).map(
    (site) => `<li class="site">${siteHead(site)}${siteFacts(site)}${snippetHtml(snippetAt(snippets, site), site)}</li>`,
  );
  return `${heading}<ul class="sites">${items.join('')}</ul>`;
}

/** `file:12:5 via manager.broadcast_json in notify`, and how the site reached the event. */
function siteHead(site: SiteReference): string {
  const parts = [locationHtml(site), `via <code>${htmlText(site.via)}</code>`];
  if (site.function !== undefined) parts.push(`in <code>${htmlText(site.function)}</code>`);
  if (site.pattern !== undefined) parts.push(`<span class="tag">through the pattern ${htmlText(site.pattern)}</span>`);
  if (site.catchAll) parts.push('<span class="tag">catch-all</span>');
  if (site.suppressed !== undefined) parts.push('<span class="tag">silenced</span>');
  parts.push(`<span class="muted rule">rule ${htmlText(site.rule)}</span>`);
  return `<div class="site-head">${parts.join(' ')}</div>`;
}

function siteFacts(site: SiteReference): string {
  const facts: string[] = [];
  if (site.payloadKeys !== undefined) facts.push(`payload keys: ${codeList(site.payloadKeys)}`);
  if (site.fieldsRead !== undefined) facts.push(`fields read: ${codeList([...new Set(site.fieldsRead.map((read) => read.field))])}`);
  if (site.calledFrom !== undefined && site.calledFrom.length > 0) {
    facts.push(`fires from ${sortedLocations(site.calledFrom).map(locationHtml).join(', ')}`);
  }
  return facts.length === 0 ? '' : `<div class="site-facts">${facts.join(' · ')}</div>`;
}

function fieldMismatchList(mismatches: readonly FieldMismatch[], snippets: SnippetSource | undefined): string {
  if (mismatches.length === 0) return '';
  const items = sortedLocations(mismatches).map((mismatch) => {
    const closest = mismatch.closest === undefined ? '' : ` Did you mean <code>${htmlText(mismatch.closest)}</code>?`;
    const text = `<code>${htmlText(mismatch.field)}</code> read at ${locationHtml(mismatch)}: no sender puts it in the payload.${closest}`;
    return `<li class="site mismatch"><div class="site-head">${text}</div>${snippetHtml(snippetAt(snippets, mismatch), mismatch)}</li>`;
  });
  return `<h4>Field mismatches (${mismatches.length})</h4><ul class="sites">${items.join('')}</ul>`;
}

function locationHtml(location: SourceLocation): string {
  return `<code class="location">${htmlText(location.file)}:${location.line}:${location.column}</code>`;
}

function codeList(values: readonly string[]): string {
  return values.length === 0 ? '<span class="muted">none</span>' : values.map((value) => `<code>${htmlText(value)}</code>`).join(', ');
}
