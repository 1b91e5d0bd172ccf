import { groupByCategory } from './format-categories.js';
import { countOf } from './format-count.js';
import { isCountedServerEvent, selectEvents } from './format-event-selection.js';
import type { MarkdownContext } from './markdown-context.js';
import { markdownText } from './markdown-escape.js';
import { eventName } from './markdown-event-name.js';
import { handledIn, sentAndHandled, sentAt } from './markdown-locations.js';

/** Blocks (paragraphs, headings, lists) of the backend → frontend part of `## Implementation Status`. */
export function serverEventStatus(context: MarkdownContext): string[][] {
  return [...fullyImplemented(context), ...notHandled(context), ...deadHandlers(context)];
}

function fullyImplemented(context: MarkdownContext): string[][] {
  const groups = groupByCategory(context.result.events.filter(isCountedServerEvent)).flatMap(({ category, events }) => {
    const handled = events.filter((event) => event.status === 'handled');
    if (handled.length === 0) return [];
    const heading = `#### ${markdownText(category)} Events (${handled.length}/${events.length})`;
    return [[heading, ...handled.map((event) => `- ✅ ${eventName(event)} - ${sentAndHandled(context, event)}`)]];
  });
  return groups.length === 0 ? [] : [['### ✅ Fully Implemented Events (Backend → Frontend)'], ...groups];
}

function notHandled(context: MarkdownContext): string[][] {
  const unhandled = selectEvents(context.result.events, { direction: 'server-to-client', status: 'unhandled' });
  if (unhandled.length === 0) return [];
  const heading = `### ⚠️ Backend Sends But Frontend Doesn't Handle (${countOf(unhandled.length, 'event')})`;
  const groups = groupByCategory(unhandled).map(({ category, events }) => [
    `#### ${markdownText(category)} Events`,
    ...events.map((event) => `- ❌ ${eventName(event)} - ${sentAt(context, event)} (backend sends, no frontend handler)`),
  ]);
  return [[heading], ...groups];
}

function deadHandlers(context: MarkdownContext): string[][] {
  const dead = selectEvents(context.result.events, { direction: 'server-to-client', status: 'dead-handler' });
  if (dead.length === 0) return [];
  return [
    [`### 🪦 Frontend Handles But Backend Never Sends (${countOf(dead.length, 'event')})`],
    dead.map((event) => `- 🪦 ${eventName(event)} - handled in ${handledIn(context, event)} (no backend sender)`),
  ];
}
