import type { EventReport, EventStatus } from '../model/result.js';
import { eventFlowGraph, type FlowEdge, type FlowGraph } from './html-flow-graph.js';
import { mermaidLabel } from './mermaid-escape.js';
import { eventLabel } from './terminal-labels.js';

/**
 * How a gap's event node is marked: with the Markdown report's sign, which reads in the raw text too, and a
 * style whose fill and text colours go together, so it reads on GitHub's light and dark themes.
 */
const GAP_MARKS: ReadonlyArray<{ status: EventStatus; sign: string; className: string; style: string }> = [
  { status: 'unhandled', sign: '❌', className: 'unhandled', style: 'fill:#ffebe9,stroke:#cf222e,color:#82071e,stroke-width:2px' },
  { status: 'dead-handler', sign: '🪦', className: 'dead', style: 'fill:#eaeef2,stroke:#6e7781,color:#424a53,stroke-dasharray:4 3' },
];

/**
 * A ```mermaid flowchart of `events`: backend files on one side, frontend files on the other,
 * each event between them. A server event's edges run backend → event → frontend; a client event's
 * run frontend → event → backend, dotted. `fileNames` gives the label of each path.
 */
export function mermaidFlowchart(events: readonly EventReport[], fileNames: ReadonlyMap<string, string>): string[] {
  const graph = eventFlowGraph(events);
  const body = [...fileGroups(graph, fileNames), ...eventNodes(graph), ...edges(graph), ...classes(graph)];
  return ['```mermaid', 'flowchart LR', ...body, '```'];
}

/** The number of edges the flowchart of `events` has: how hard it is to read. */
export function flowchartEdgeCount(events: readonly EventReport[]): number {
  return eventFlowGraph(events).edges.length;
}

function fileGroups(graph: FlowGraph, fileNames: ReadonlyMap<string, string>): string[] {
  const groups = [
    { side: 'backend', title: 'Backend' },
    { side: 'frontend', title: 'Frontend' },
  ] as const;
  return groups.flatMap(({ side, title }) => {
    const files = graph.files.filter((file) => file.side === side);
    if (files.length === 0) return [];
    const nodes = files.map((file) => `    ${file.id}[${mermaidLabel(fileNames.get(file.path) ?? file.path)}]`);
    return [`  subgraph ${side}["${title}"]`, ...nodes, '  end'];
  });
}

function eventNodes(graph: FlowGraph): string[] {
  return graph.events.map(({ id, event }) => {
    const mark = GAP_MARKS.find((candidate) => candidate.status === event.status);
    return `  ${id}([${mermaidLabel(mark === undefined ? eventLabel(event) : `${mark.sign} ${eventLabel(event)}`)}])`;
  });
}

function edges(graph: FlowGraph): string[] {
  const clientEvents = new Set(graph.events.filter(({ event }) => event.direction === 'client-to-server').map(({ id }) => id));
  return graph.edges.map((edge) => edgeLine(edge, clientEvents.has(edge.eventId) ? '-.->' : '-->'));
}

function edgeLine(edge: FlowEdge, arrow: string): string {
  return edge.sends ? `  ${edge.fileId} ${arrow} ${edge.eventId}` : `  ${edge.eventId} ${arrow} ${edge.fileId}`;
}

function classes(graph: FlowGraph): string[] {
  return GAP_MARKS.flatMap(({ status, className, style }) => {
    const ids = graph.events.filter(({ event }) => event.status === status).map(({ id }) => id);
    return ids.length === 0 ? [] : [`  classDef ${className} ${style}`, `  class ${ids.join(',')} ${className}`];
  });
}
