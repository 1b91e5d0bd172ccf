import { groupByCategory } from './format-categories.js';
import { compareEvents } from './format-order.js';
import { isDrawnEvent } from './html-flow-graph.js';
import type { MarkdownContext } from './markdown-context.js';
import { markdownText } from './markdown-escape.js';
import { flowchartEdgeCount, mermaidFlowchart } from './mermaid-flowchart.js';

/** Above this many edges one flowchart is a tangle: the diagram is split by category instead. */
export const MAX_EDGES_PER_DIAGRAM = 60;

const INTRODUCTION =
  'Event flow: backend file → event → frontend file (dotted: frontend → event → backend). ' +
  '❌ marks an event no code handles, 🪦 a handler for an event nothing sends.';

/**
 * Markdown blocks with the event-flow flowchart: one for the whole project when it has at most
 * `MAX_EDGES_PER_DIAGRAM` edges, otherwise one per category. Nothing when no event is drawn.
 */
export function eventFlowDiagrams(context: MarkdownContext): string[][] {
  const drawn = context.result.events.filter(isDrawnEvent).sort(compareEvents);
  if (drawn.length === 0) return [];
  if (flowchartEdgeCount(drawn) <= MAX_EDGES_PER_DIAGRAM) return [[INTRODUCTION], mermaidFlowchart(drawn, context.fileNames)];
  const perCategory = groupByCategory(drawn).flatMap(({ category, events }) => [
    [`**${markdownText(category)}**`],
    mermaidFlowchart(events, context.fileNames),
  ]);
  return [[INTRODUCTION], ...perCategory];
}
