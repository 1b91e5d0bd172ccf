import { groupByCategory } from './format-categories.js';
import { countOf } from './format-count.js';
import { isCountedServerEvent, selectEvents } from './format-event-selection.js';
import type { MarkdownContext } from './markdown-context.js';
import { markdownText } from './markdown-escape.js';
import { eventName } from './markdown-event-name.js';

/** `## Testing Checklist`: one item per category of handled events, one per event that needs work. */
export function testingChecklist(context: MarkdownContext): string[][] {
  const { events } = context.result;
  const handledServerEvents = events.filter((event) => isCountedServerEvent(event) && event.status === 'handled');
  const handledClientEvents = selectEvents(events, { direction: 'client-to-server', status: 'handled' });
  const items = [
    ...groupByCategory(handledServerEvents).map(
      ({ category, events: members }) =>
        `- [ ] ${markdownText(category)} events reach their frontend handlers (${countOf(members.length, 'event')})`,
    ),
    ...(handledClientEvents.length === 0
      ? []
      : [`- [ ] Frontend → backend events reach their backend handlers (${countOf(handledClientEvents.length, 'event')})`]),
    ...selectEvents(events, { direction: 'server-to-client', status: 'unhandled' }).map(
      (event) => `- [ ] Add a frontend handler for ${eventName(event)}`,
    ),
    ...selectEvents(events, { direction: 'client-to-server', status: 'unhandled' }).map(
      (event) => `- [ ] Add a backend handler for ${eventName(event)}`,
    ),
    ...selectEvents(events, { status: 'dead-handler' }).map(
      (event) => `- [ ] Remove or wire up the handler for ${eventName(event)}`,
    ),
  ];
  return [['## Testing Checklist'], items.length === 0 ? ['Nothing to test: no WebSocket events were found.'] : items];
}
