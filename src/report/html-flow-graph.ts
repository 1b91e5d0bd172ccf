import type { EventReport } from '../model/result.js';
import type { Side } from '../model/site.js';
import { compareStrings } from '../util/compare.js';
import { sortedLocations } from './format-order.js';

/** A scanned file that sends or handles at least one drawn event. */
export interface FlowFile {
  /** `b<n>` for a backend file, `f<n>` for a frontend file, numbered in path order. */
  id: string;
  side: Side;
  path: string;
  /** Ids of the events the file sends or handles, in event order. */
  eventIds: string[];
}

export interface FlowEvent {
  /** `e<n>`, where n is the event's position in the list the graph was built from. */
  id: string;
  event: EventReport;
}

/** One file's part in one event: the file sends it (`file → event`) or handles it (`event → file`). */
export interface FlowEdge {
  eventId: string;
  fileId: string;
  sends: boolean;
}

/** Who talks to whom: files → events → files. Drawn as SVG in the HTML report and as Mermaid in Markdown. */
export interface FlowGraph {
  files: FlowFile[];
  events: FlowEvent[];
  edges: FlowEdge[];
}

/**
 * Whether an event belongs in the picture of the wiring: it must cross the socket (client-local
 * events never do) and be the code's own (the socket library raises `connect` by itself), and some
 * code must send or handle it.
 */
export function isDrawnEvent(event: EventReport): boolean {
  return (
    event.direction !== 'client-local' && event.status !== 'library' && event.sent.length + event.handled.length > 0
  );
}

/** The graph of the drawn events among `events`; event ids follow the positions in `events`. */
export function eventFlowGraph(events: readonly EventReport[]): FlowGraph {
  const drawn = events.flatMap((event, index) => (isDrawnEvent(event) ? [{ id: `e${index}`, event }] : []));
  const parts = drawn.flatMap(({ id, event }) => fileParts(id, event));
  const files = flowFiles(parts);
  const fileId = new Map(files.map((file) => [fileKey(file.side, file.path), file.id]));
  const edges = parts.map((part) => ({ eventId: part.eventId, fileId: fileId.get(fileKey(part.side, part.path))!, sends: part.sends }));
  return { files, events: drawn, edges: uniqueEdges(edges) };
}

interface FilePart {
  eventId: string;
  side: Side;
  path: string;
  sends: boolean;
}

/** A server event is sent by the backend and handled by the frontend; a client event the other way round. */
function fileParts(eventId: string, event: EventReport): FilePart[] {
  const senderSide: Side = event.direction === 'client-to-server' ? 'frontend' : 'backend';
  const handlerSide: Side = senderSide === 'backend' ? 'frontend' : 'backend';
  return [
    ...sortedLocations(event.sent).map((site) => ({ eventId, side: senderSide, path: site.file, sends: true })),
    ...sortedLocations(event.handled).map((site) => ({ eventId, side: handlerSide, path: site.file, sends: false })),
  ];
}

function flowFiles(parts: readonly FilePart[]): FlowFile[] {
  const eventIdsByFile = new Map<string, Set<string>>();
  for (const part of parts) {
    const key = fileKey(part.side, part.path);
    eventIdsByFile.set(key, (eventIdsByFile.get(key) ?? new Set()).add(part.eventId));
  }
  const sides: Array<[Side, string]> = [
    ['backend', 'b'],
    ['frontend', 'f'],
  ];
  return sides.flatMap(([side, prefix]) =>
    [...new Set(parts.filter((part) => part.side === side).map((part) => part.path))]
      .sort(compareStrings)
      .map((path, index) => ({ id: `${prefix}${index}`, side, path, eventIds: [...eventIdsByFile.get(fileKey(side, path))!] })),
  );
}

function uniqueEdges(edges: readonly FlowEdge[]): FlowEdge[] {
  const byKey = new Map(edges.map((edge) => [`${edge.eventId} ${edge.fileId} ${edge.sends}`, edge]));
  return [...byKey.values()];
}

function fileKey(side: Side, path: string): string {
  return `${side}\u0000${path}`;
}
