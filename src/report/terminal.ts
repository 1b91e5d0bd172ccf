import { Chalk, type ChalkInstance } from 'chalk';
import type { Direction, EventReport, ScanResult } from '../model/result.js';
import { selectEvents } from './format-event-selection.js';
import type { ReportOptions } from './report-options.js';
import { contractLists } from './terminal-contract.js';
import { categoryTables } from './terminal-table.js';
import { handlerList, sendList, skippedList, summaryLines } from './terminal-lists.js';

const NO_EVENTS = 'No WebSocket events found.';

/** Dynamic rows shown per direction before the rest are only counted. */
const MAX_DYNAMIC_ROWS = 20;

const DIRECTION_TITLES: ReadonlyArray<readonly [Direction, string]> = [
  ['server-to-client', 'Server → client events'],
  ['client-to-server', 'Client → server events'],
  ['client-local', 'Client-local events (raised by the frontend\'s own socket manager)'],
];

/**
 * The human-readable report: a section per direction with one table per category, the coverage
 * figures, then what needs attention.
 */
export function renderTerminal(result: ScanResult, options: ReportOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const shown = options.showSuppressed ? result : { ...result, events: result.events.filter((event) => !event.suppressed) };
  const sections = shown.events.length === 0 ? [[NO_EVENTS]] : eventSections(shown, chalk);
  if (shown !== result && result.summary.suppressed > 0) sections.push([suppressedNote(result.summary.suppressed)]);
  sections.push(skippedList(result.skipped, chalk));
  return `${sections
    .filter((lines) => lines.length > 0)
    .map((lines) => lines.join('\n'))
    .join('\n\n')}\n`;
}

function suppressedNote(count: number): string {
  return `${count} event${count === 1 ? '' : 's'} silenced by ws-gap-ignore comments (--show-suppressed lists ${count === 1 ? 'it' : 'them'}).`;
}

function eventSections(result: ScanResult, chalk: ChalkInstance): string[][] {
  const { events } = result;
  return [
    ...DIRECTION_TITLES.flatMap(([direction, title]) => directionSection(events, direction, title, chalk)),
    summaryLines(result.summary),
    sendList('Unhandled server events', selectEvents(events, { direction: 'server-to-client', status: 'unhandled', dynamic: false }), chalk),
    sendList('Unhandled client events', selectEvents(events, { direction: 'client-to-server', status: 'unhandled', dynamic: false }), chalk),
    sendList('Dynamic names no handler matches', selectEvents(events, { status: 'unhandled', dynamic: true }), chalk),
    handlerList('Dead handlers', selectEvents(events, { status: 'dead-handler' }), chalk),
    ...contractLists(result, chalk),
  ];
}

/**
 * A direction's tables. Dynamic names can number in thousands (a name built in a loop): the
 * tables show the first few and say how many more the JSON report lists.
 */
function directionSection(events: readonly EventReport[], direction: Direction, title: string, chalk: ChalkInstance): string[][] {
  const members = events.filter((event) => event.direction === direction);
  if (members.length === 0) return [];
  const dynamic = members.filter((event) => event.dynamic);
  const shown = dynamic.length > MAX_DYNAMIC_ROWS ? members.filter((event) => !event.dynamic || dynamic.indexOf(event) < MAX_DYNAMIC_ROWS) : members;
  const hidden = members.length - shown.length;
  const note = hidden > 0 ? [[chalk.dim(`... and ${hidden} more dynamic event names (--format json lists them all).`)]] : [];
  return [[chalk.bold.underline(title)], ...categoryTables(shown, chalk).map((table) => [table]), ...note];
}
