import type { ChalkInstance } from 'chalk';
import type { EventReport, Summary } from '../model/result.js';
import type { SkippedFile } from '../model/site.js';
import { compareStrings } from '../util/compare.js';
import { sortedLocations } from './format-order.js';
import { percentage } from './format-percentage.js';
import { escapeControlCharacters } from './format-safe-text.js';
import { eventLabel, locationLabel, sendLocationLabel } from './terminal-labels.js';

/** `Frontend handles 15/17 server events (88%)`, and the backend's line when the frontend sends events. */
export function summaryLines(summary: Summary): string[] {
  const lines = [coverageLine('Frontend', summary.handled, summary.serverEvents, 'server')];
  if (summary.clientEvents > 0) lines.push(coverageLine('Backend', summary.clientHandled, summary.clientEvents, 'client'));
  return lines;
}

function coverageLine(side: string, handled: number, total: number, senders: string): string {
  return `${side} handles ${handled}/${total} ${senders} events (${percentage(handled, total)}%)`;
}

/** `Title (N):` and one line per event with where it is sent; empty when there are no events. */
export function sendList(title: string, events: readonly EventReport[], chalk: ChalkInstance): string[] {
  return eventList(title, events, chalk, (event) => sortedLocations(event.sent).map(sendLocationLabel));
}

/** `Title (N):` and one line per event with where it is handled; empty when there are no events. */
export function handlerList(title: string, events: readonly EventReport[], chalk: ChalkInstance): string[] {
  return eventList(title, events, chalk, (event) => sortedLocations(event.handled).map(locationLabel));
}

export function skippedList(skipped: readonly SkippedFile[], chalk: ChalkInstance): string[] {
  if (skipped.length === 0) return [];
  const sorted = [...skipped].sort((a, b) => compareStrings(a.file, b.file) || compareStrings(a.reason, b.reason));
  return [
    chalk.bold(`Skipped files (${skipped.length}):`),
    ...sorted.map((entry) => `  ${escapeControlCharacters(entry.file)}: ${escapeControlCharacters(entry.reason)}`),
  ];
}

/** `Title (N):` and one line per event with the given locations; empty when there are no events. */
export function eventList(
  title: string,
  events: readonly EventReport[],
  chalk: ChalkInstance,
  locations: (event: EventReport) => string[],
): string[] {
  if (events.length === 0) return [];
  const shown = events.slice(0, MAX_LIST_LINES);
  const labels = shown.map(eventLabel);
  const width = Math.max(...labels.map((label) => label.length));
  const more = events.length - shown.length;
  return [
    chalk.bold(`${title} (${events.length}):`),
    ...shown.map((event, index) => `  ${labels[index]?.padEnd(width)}  ${locations(event).join(', ')}`.trimEnd()),
    ...(more > 0 ? [chalk.dim(`  ... and ${more} more (--format json lists them all)`)] : []),
  ];
}

/** Lines a list shows before the rest are only counted: past that it is a dump, not a list to read. */
const MAX_LIST_LINES = 50;
