import type { EventReport, ScanResult, SiteReference } from '../model/result.js';
import { compareEvents, sortedLocations } from './format-order.js';
import { escapeControlCharacters } from './format-safe-text.js';
import { eventLabel, locationLabel } from './terminal-labels.js';

export interface ExplainOptions {
  /** Only this event (name or pattern); every event when undefined. */
  event?: string;
  /** What each extraction rule finds, by rule id; listed under the events for the rules they name. */
  rules?: ReadonlyMap<string, string>;
}

/**
 * Why ws-gap reports what it reports: for each event, its direction and status, then every site
 * with the rule that found it and what the rule saw there.
 */
export function renderExplanation(result: ScanResult, options: ExplainOptions): string {
  const events = result.events.filter((event) => options.event === undefined || event.name === options.event).sort(compareEvents);
  if (events.length === 0) {
    return options.event === undefined ? 'No WebSocket events found.\n' : `No event named ${escapeControlCharacters(options.event)} was found.\n`;
  }
  return `${[...events.map(explainEvent), ...ruleLegend(events, options.rules)].join('\n\n')}\n`;
}

/** `Rules:` and, for each rule the shown sites name, what it finds. */
function ruleLegend(events: readonly EventReport[], rules: ReadonlyMap<string, string> | undefined): string[] {
  if (rules === undefined) return [];
  const used = [...new Set(events.flatMap((event) => [...event.sent, ...event.handled]).map((site) => site.rule))].sort();
  const lines = used.map((rule) => `  ${rule}: ${rules.get(rule) ?? 'no description'}`);
  return lines.length ? [['Rules:', ...lines].join('\n')] : [];
}

function explainEvent(event: EventReport): string {
  const header = `${eventLabel(event)}: ${event.direction}, ${event.status}, category ${escapeControlCharacters(event.category)}`;
  const lines = [header, ...explainSites('sent', event.sent), ...explainSites('handled', event.handled)];
  if (event.sent.length === 0) lines.push('  sent     nowhere in the scanned code');
  if (event.handled.length === 0) lines.push('  handled  nowhere in the scanned code');
  return lines.join('\n');
}

function explainSites(role: 'sent' | 'handled', sites: readonly SiteReference[]): string[] {
  return sortedLocations(sites).flatMap((site) => {
    const lines = [`  ${role.padEnd(8)} ${locationLabel(site)}:${site.column}  ${escapeControlCharacters(site.via)}  [rule ${site.rule}]`];
    if (site.function) lines.push(`           in ${escapeControlCharacters(site.function)}`);
    if (site.pattern) lines.push(`           through the dynamic name ${escapeControlCharacters(site.pattern)}`);
    if (site.catchAll) lines.push('           a catch-all handler: it receives every event of its namespace');
    if (site.payloadKeys) lines.push(`           payload keys: ${site.payloadKeys.map(escapeControlCharacters).join(', ') || '(none)'}`);
    if (site.calledFrom?.length) lines.push(`           fires from ${sortedLocations(site.calledFrom).map(locationLabel).join(', ')}`);
    return lines;
  });
}
