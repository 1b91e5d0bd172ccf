import type { EventReport } from '../model/result.js';
import { compareStrings } from '../util/compare.js';
import { countOf } from './format-count.js';
import { selectEvents } from './format-event-selection.js';
import type { MarkdownContext } from './markdown-context.js';
import { codeSpan } from './markdown-escape.js';
import { eventName } from './markdown-event-name.js';
import { handlerStub } from './markdown-handler-stub.js';

/** `## Recommendations`: what to do, most urgent first, then a handler stub per unhandled server event. */
export function recommendations(context: MarkdownContext): string[][] {
  const actions = immediateActions(context);
  const stubs = selectEvents(context.result.events, { direction: 'server-to-client', status: 'unhandled' })
    .filter((event) => !event.dynamic)
    .map((event) => handlerStub(context, event));
  return [
    ['## Recommendations'],
    ['### Immediate Actions (High Priority)'],
    actions.length === 0 ? ['No action needed: every event is handled and every handler has a sender.'] : actions,
    ...(stubs.length === 0 ? [] : [['### Code Locations for Fixes'], ...stubs]),
  ];
}

interface Action {
  items: string[];
  title: (count: number) => string;
}

function immediateActions(context: MarkdownContext): string[] {
  const { events, skipped } = context.result;
  const actions: Action[] = [
    {
      items: names(selectEvents(events, { direction: 'server-to-client', status: 'unhandled' })),
      title: (count) => `Add frontend handlers for ${countOf(count, 'unhandled event')}`,
    },
    {
      items: names(selectEvents(events, { direction: 'client-to-server', status: 'unhandled' })),
      title: (count) => `Add backend handlers for ${countOf(count, 'unhandled client event')}`,
    },
    {
      items: names(selectEvents(events, { status: 'dead-handler' })),
      title: (count) => `Remove or wire up ${countOf(count, 'dead handler')}`,
    },
    {
      items: names(selectEvents(events, {}).filter((event) => event.dynamic)),
      title: (count) => `Check ${countOf(count, 'event name')} built at runtime`,
    },
    {
      items: [...new Set(skipped.map((entry) => entry.file))].sort(compareStrings).map(codeSpan),
      title: (count) => `Fix or exclude ${countOf(count, 'file')} that could not be analysed`,
    },
  ];
  return actions
    .filter((action) => action.items.length > 0)
    .map((action, index) => `${index + 1}. **${action.title(action.items.length)}** - ${action.items.join(', ')}`);
}

function names(events: readonly EventReport[]): string[] {
  return events.map(eventName);
}
