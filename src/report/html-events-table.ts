import type { EventReport } from '../model/result.js';
import { compareStrings } from '../util/compare.js';
import { htmlText } from './html-escape.js';
import { CONTRACT_LABELS, DIRECTION_LABELS, eventNameHtml, STATUS_LABELS, statusBadgeHtml } from './html-labels.js';

interface Column {
  title: string;
  numeric?: boolean;
  cell: (event: EventReport, id: string) => string;
  /** What the column sorts by, when it is not the cell's text. */
  sortValue?: (event: EventReport) => string;
}

/**
 * The events as a table, one row per event with `data-*` attributes the script filters and sorts
 * by. The filter controls stay hidden until the script shows them: without JavaScript they do nothing.
 */
export function eventsTableHtml(events: readonly EventReport[]): string {
  const columns = tableColumns(events);
  const head = columns.map((column, index) => headerCell(column, index === 0)).join('');
  const rows = events.map((event, index) => rowHtml(event, `e${index}`, columns)).join('\n');
  return [
    '<section id="events" aria-labelledby="events-title">',
    '<h2 id="events-title">Events</h2>',
    filterControls(events),
    `<table class="events-table"><thead><tr>${head}</tr></thead>`,
    `<tbody>\n${rows}\n</tbody></table>`,
    '</section>',
  ].join('\n');
}

function tableColumns(events: readonly EventReport[]): Column[] {
  const columns: Column[] = [
    {
      title: 'Event',
      cell: (event, id) => `<a href="#event-${id}" data-event="${id}">${eventNameHtml(event)}</a>`,
      sortValue: (event) => event.name,
    },
    { title: 'Status', cell: statusBadgeHtml, sortValue: (event) => STATUS_LABELS[event.status] },
    { title: 'Category', cell: (event) => htmlText(event.category) },
    { title: 'Direction', cell: (event) => DIRECTION_LABELS[event.direction] },
    { title: 'Sent', numeric: true, cell: (event) => String(event.sent.length) },
    { title: 'Handled', numeric: true, cell: (event) => String(event.handled.length) },
  ];
  if (events.some((event) => event.contract !== undefined)) {
    columns.push({ title: 'Contract', cell: (event) => (event.contract === undefined ? '' : CONTRACT_LABELS[event.contract]) });
  }
  if (events.some((event) => event.fieldMismatches.length > 0)) {
    columns.push({ title: 'Field mismatches', numeric: true, cell: (event) => String(event.fieldMismatches.length) });
  }
  return columns;
}

function headerCell(column: Column, sorted: boolean): string {
  const numeric = column.numeric ? ' data-type="number"' : '';
  const order = sorted ? 'ascending' : 'none';
  return `<th scope="col"${numeric} aria-sort="${order}"><button type="button" class="sort">${column.title}</button></th>`;
}

function rowHtml(event: EventReport, id: string, columns: readonly Column[]): string {
  const attributes = [
    `id="row-${id}"`,
    `data-event="${id}"`,
    `data-status="${event.status}"`,
    `data-category="${htmlText(event.category)}"`,
    `data-direction="${event.direction}"`,
    `data-name="${htmlText(event.name)}"`,
  ].join(' ');
  const cells = columns.map((column) => {
    const sortValue = column.sortValue === undefined ? '' : ` data-sort="${htmlText(column.sortValue(event))}"`;
    return `<td${column.numeric ? ' class="number"' : ''}${sortValue}>${column.cell(event, id)}</td>`;
  });
  return `<tr ${attributes}>${cells.join('')}</tr>`;
}

function filterControls(events: readonly EventReport[]): string {
  const statuses = [...new Set(events.map((event) => event.status))].sort(compareStrings);
  const categories = [...new Set(events.map((event) => event.category))].sort(compareStrings);
  const directions = [...new Set(events.map((event) => event.direction))].sort(compareStrings);
  return [
    '<div class="controls" id="event-controls" hidden>',
    select('filter-status', 'Status', statuses.map((status) => [status, STATUS_LABELS[status]])),
    select('filter-category', 'Category', categories.map((category) => [category, category])),
    select('filter-direction', 'Direction', directions.map((direction) => [direction, DIRECTION_LABELS[direction]])),
    '<label>Name <input id="filter-text" type="search" placeholder="part of a name" autocomplete="off"></label>',
    `<output id="visible-count" aria-live="polite">${events.length} of ${events.length} events</output>`,
    '</div>',
  ].join('\n');
}

function select(id: string, label: string, options: ReadonlyArray<readonly [string, string]>): string {
  const items = options.map(([value, text]) => `<option value="${htmlText(value)}">${htmlText(text)}</option>`).join('');
  return `<label>${label} <select id="${id}"><option value="">all</option>${items}</select></label>`;
}
