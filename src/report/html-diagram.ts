import type { EventReport } from '../model/result.js';
import type { Side } from '../model/site.js';
import { compareStrings } from '../util/compare.js';
import { groupByCategory } from './format-categories.js';
import { escapeControlCharacters } from './format-safe-text.js';
import { htmlText } from './html-escape.js';
import { eventFlowGraph, type FlowEdge, type FlowFile, type FlowGraph } from './html-flow-graph.js';
import { STATUS_LABELS } from './html-labels.js';
import { eventLabel } from './terminal-labels.js';

const ROW_HEIGHT = 30;
const NODE_HEIGHT = 22;
/** Labels are set in a 12px monospace font, so their width follows from their length without measuring text. */
const CHARACTER_WIDTH = 7.3;
const LABEL_PADDING = 10;
const MAX_LABEL_CHARACTERS = 40;
const MIN_COLUMN_WIDTH = 90;
/** Room for the curves between columns. */
const COLUMN_GAP = 150;
/** Room for the column titles. */
const TOP = 36;

interface Columns {
  backend: { x: number; width: number };
  events: { x: number; width: number };
  frontend: { x: number; width: number };
}

interface Layout {
  columns: Columns;
  /** Top of each node, by node id. */
  tops: Map<string, number>;
  categoryLabels: Array<{ text: string; top: number }>;
  height: number;
}

/**
 * The event-flow diagram as inline SVG: backend files left, events in the middle (grouped by
 * category), frontend files right, an edge for each file's part in an event, coloured by the
 * event's status. Event ids are `e<position in events>`, as in the events table.
 */
export function flowDiagramHtml(events: readonly EventReport[], fileNames: ReadonlyMap<string, string>): string {
  const graph = eventFlowGraph(events);
  if (graph.events.length === 0) return '<p class="note">No event crosses the socket, so there is nothing to draw.</p>';
  const labels = nodeLabels(graph, fileNames);
  const layout = layOut(graph, labels);
  const width = layout.columns.frontend.x + layout.columns.frontend.width + 1;
  return [
    `<svg class="flow-diagram" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${layout.height}" ` +
      `viewBox="0 0 ${width} ${layout.height}" aria-label="Event flow diagram">`,
    arrowMarkers(graph),
    columnTitles(layout.columns),
    categoryLabels(layout),
    `<g class="edges">${graph.edges.map((edge) => edgeSvg(graph, layout, edge, labels)).join('')}</g>`,
    `<g class="nodes">${nodesSvg(graph, layout, labels)}</g>`,
    '</svg>',
  ].join('\n');
}

/** The full label of every node, by node id. */
function nodeLabels(graph: FlowGraph, fileNames: ReadonlyMap<string, string>): Map<string, string> {
  return new Map([
    ...graph.files.map((file) => [file.id, escapeControlCharacters(fileNames.get(file.path) ?? file.path)] as const),
    ...graph.events.map(({ id, event }) => [id, eventLabel(event)] as const),
  ]);
}

function layOut(graph: FlowGraph, labels: ReadonlyMap<string, string>): Layout {
  const columns = columnsFor(graph, labels);
  const tops = new Map<string, number>();
  const categoryLabels: Layout['categoryLabels'] = [];
  const idOf = new Map(graph.events.map(({ id, event }) => [event, id]));
  let row = 0;
  for (const { category, events } of groupByCategory(graph.events.map(({ event }) => event))) {
    categoryLabels.push({ text: category, top: rowTop(row++) });
    for (const event of events) tops.set(idOf.get(event)!, rowTop(row++));
  }
  let bottom = rowTop(row - 1) + NODE_HEIGHT;
  for (const side of ['backend', 'frontend'] as const) {
    for (const [id, top] of stackFiles(graph, side, tops)) {
      tops.set(id, top);
      bottom = Math.max(bottom, top + NODE_HEIGHT);
    }
  }
  return { columns, tops, categoryLabels, height: bottom + 8 };
}

function rowTop(row: number): number {
  return TOP + row * ROW_HEIGHT + (ROW_HEIGHT - NODE_HEIGHT) / 2;
}

function columnsFor(graph: FlowGraph, labels: ReadonlyMap<string, string>): Columns {
  const widthOf = (ids: readonly string[]) =>
    Math.max(MIN_COLUMN_WIDTH, ...ids.map((id) => shownLabel(labels.get(id)!).length * CHARACTER_WIDTH + 2 * LABEL_PADDING));
  const fileIds = (side: Side) => graph.files.filter((file) => file.side === side).map((file) => file.id);
  const backend = { x: 0.5, width: Math.ceil(widthOf(fileIds('backend'))) };
  const events = { x: backend.x + backend.width + COLUMN_GAP, width: Math.ceil(widthOf(graph.events.map(({ id }) => id))) };
  const frontend = { x: events.x + events.width + COLUMN_GAP, width: Math.ceil(widthOf(fileIds('frontend'))) };
  return { backend, events, frontend };
}

/**
 * Each file as close as it can be to the middle of the events it talks to, in that order, without
 * overlapping: edges stay short and cross less.
 */
function stackFiles(graph: FlowGraph, side: Side, eventTops: ReadonlyMap<string, number>): Array<[string, number]> {
  const wanted = graph.files
    .filter((file) => file.side === side)
    .map((file) => ({ file, top: average(file.eventIds.map((id) => eventTops.get(id)!)) }))
    .sort((a, b) => a.top - b.top || compareStrings(a.file.path, b.file.path));
  const placed: Array<[string, number]> = [];
  let next = rowTop(0);
  for (const { file, top } of wanted) {
    const placedTop = Math.max(top, next);
    placed.push([file.id, placedTop]);
    next = placedTop + ROW_HEIGHT;
  }
  return placed;
}

function arrowMarkers(graph: FlowGraph): string {
  const statuses = [...new Set(graph.events.map(({ event }) => event.status))].sort(compareStrings);
  const markers = statuses.map(
    (status) =>
      `<marker id="arrow-${status}" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" ` +
      `markerWidth="9" markerHeight="9" orient="auto">` +
      `<path class="arrowhead s-${status}" d="M0,1 L9,5 L0,9 z"/></marker>`,
  );
  return `<defs>${markers.join('')}</defs>`;
}

function columnTitles(columns: Columns): string {
  const titles: Array<[keyof Columns, string]> = [
    ['backend', 'Backend files'],
    ['events', 'Events'],
    ['frontend', 'Frontend files'],
  ];
  return titles.map(([column, title]) => `<text class="column-title" x="${columns[column].x}" y="16">${title}</text>`).join('');
}

function categoryLabels({ categoryLabels: labels, columns }: Layout): string {
  const label = ({ text, top }: Layout['categoryLabels'][number]) =>
    `<text class="category" x="${columns.events.x}" y="${top + NODE_HEIGHT / 2}">${htmlText(text)}</text>`;
  return labels.map(label).join('');
}

/** Events after files, so an event's node is drawn over the files' and can always be pointed at. */
function nodesSvg(graph: FlowGraph, layout: Layout, labels: ReadonlyMap<string, string>): string {
  const files = graph.files.map((file) => fileNodeSvg(file, layout, labels));
  const events = graph.events.map(({ id, event }) => eventNodeSvg(id, event, layout, labels));
  return [...files, ...events].join('');
}

/** A curve between the file and the event, pointing the way the event travels. */
function edgeSvg(graph: FlowGraph, layout: Layout, edge: FlowEdge, labels: ReadonlyMap<string, string>): string {
  const file = graph.files.find((candidate) => candidate.id === edge.fileId)!;
  const event = graph.events.find((candidate) => candidate.id === edge.eventId)!.event;
  const { backend, events, frontend } = layout.columns;
  const fileEnd = { x: file.side === 'backend' ? backend.x + backend.width : frontend.x, y: middle(layout, file.id) };
  const eventEnd = { x: file.side === 'backend' ? events.x : events.x + events.width, y: middle(layout, edge.eventId) };
  const [from, to] = edge.sends ? [fileEnd, eventEnd] : [eventEnd, fileEnd];
  const bend = (from.x + to.x) / 2;
  const point = (x: number, y: number) => `${number(x)},${number(y)}`;
  const path = `M${point(from.x, from.y)} C${point(bend, from.y)} ${point(bend, to.y)} ${point(to.x, to.y)}`;
  const client = event.direction === 'client-to-server' ? ' client' : '';
  const title = `${labels.get(file.id)!} ${edge.sends ? 'sends' : 'handles'} ${labels.get(edge.eventId)!}`;
  return (
    `<path class="edge s-${event.status}${client}" data-event="${edge.eventId}" data-file="${file.id}" d="${path}" ` +
    `marker-end="url(#arrow-${event.status})"><title>${htmlText(title)}</title></path>`
  );
}

function fileNodeSvg(file: FlowFile, layout: Layout, labels: ReadonlyMap<string, string>): string {
  const column = layout.columns[file.side];
  return nodeSvg({
    attributes: `class="node file ${file.side}" data-file="${file.id}" data-event="${file.eventIds.join(' ')}"`,
    title: file.path,
    label: labels.get(file.id)!,
    x: column.x,
    top: layout.tops.get(file.id)!,
    width: column.width,
    radius: 4,
  });
}

function eventNodeSvg(id: string, event: EventReport, layout: Layout, labels: ReadonlyMap<string, string>): string {
  const label = labels.get(id)!;
  return nodeSvg({
    attributes:
      `class="node event s-${event.status}" data-event="${id}" role="button" ` +
      `aria-label="${htmlText(`${label}, ${STATUS_LABELS[event.status]}`)}"`,
    title: `${label} (${STATUS_LABELS[event.status]})`,
    label,
    x: layout.columns.events.x,
    top: layout.tops.get(id)!,
    width: layout.columns.events.width,
    radius: NODE_HEIGHT / 2,
  });
}

interface NodeShape {
  attributes: string;
  title: string;
  label: string;
  x: number;
  top: number;
  width: number;
  radius: number;
}

function nodeSvg(shape: NodeShape): string {
  return (
    `<g ${shape.attributes} tabindex="0"><title>${htmlText(shape.title)}</title>` +
    `<rect x="${shape.x}" y="${number(shape.top)}" width="${shape.width}" height="${NODE_HEIGHT}" rx="${shape.radius}"/>` +
    `<text x="${number(shape.x + LABEL_PADDING)}" y="${number(shape.top + NODE_HEIGHT / 2)}">` +
    `${htmlText(shownLabel(shape.label))}</text></g>`
  );
}

/** Long labels are cut; the node's title shows them whole. */
function shownLabel(label: string): string {
  const characters = Array.from(label);
  return characters.length <= MAX_LABEL_CHARACTERS ? label : `${characters.slice(0, MAX_LABEL_CHARACTERS - 1).join('')}…`;
}

function middle(layout: Layout, id: string): number {
  return layout.tops.get(id)! + NODE_HEIGHT / 2;
}

function average(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** One decimal at most, so the markup is short and the same on every machine. */
function number(value: number): string {
  return String(Math.round(value * 10) / 10);
}
