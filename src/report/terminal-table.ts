import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';
import type { EventReport, EventStatus, SiteReference } from '../model/result.js';
import { groupByCategory } from './format-categories.js';
import { sortedLocations } from './format-order.js';
import { escapeControlCharacters } from './format-safe-text.js';
import { eventLabel, locationLabel } from './terminal-labels.js';

const HEADINGS = ['Event', 'Sent at', 'Handled at', 'Status'];
const MAX_LOCATIONS = 3;

const STATUS_LABELS: Record<EventStatus, string> = {
  handled: '✓ handled',
  unhandled: '✗ unhandled',
  'dead-handler': 'dead handler',
  'client-local': 'client-local',
  library: 'library',
  'contract-only': '✗ contract only',
};

/** One block per category: a `<Category> Events` title line and its table. */
export function categoryTables(events: readonly EventReport[], chalk: ChalkInstance): string[] {
  return groupByCategory(events).map(({ category, events: members }) => {
    const title = chalk.bold(`${escapeControlCharacters(category)} Events`);
    return `${title}\n${eventTable(members, chalk)}`;
  });
}

function eventTable(events: readonly EventReport[], chalk: ChalkInstance): string {
  // cli-table3 colours headings and borders by default; colour is only ever chalk's decision here.
  const table = new Table({
    head: HEADINGS.map((heading) => chalk.bold(heading)),
    style: { head: [], border: [] },
  });
  for (const event of events) {
    table.push([
      eventLabel(event),
      locationsCell(event.sent),
      locationsCell(event.handled),
      statusCell(event.status, chalk),
    ]);
  }
  return table.toString();
}

function locationsCell(sites: readonly SiteReference[]): string {
  if (sites.length === 0) return '-';
  const shown = sortedLocations(sites).slice(0, MAX_LOCATIONS).map(locationLabel);
  if (sites.length > MAX_LOCATIONS) shown.push(`+${sites.length - MAX_LOCATIONS} more`);
  return shown.join('\n');
}

function statusCell(status: EventStatus, chalk: ChalkInstance): string {
  const styles: Record<EventStatus, (text: string) => string> = {
    handled: chalk.green,
    unhandled: chalk.red,
    'dead-handler': chalk.yellow,
    'client-local': chalk.dim,
    library: chalk.dim,
    'contract-only': chalk.red,
  };
  return styles[status](STATUS_LABELS[status]);
}
