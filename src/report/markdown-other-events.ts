import type { Direction, EventReport, EventStatus } from '../model/result.js';
import { compareStrings } from '../util/compare.js';
import { countOf } from './format-count.js';
import { selectEvents } from './format-event-selection.js';
import type { MarkdownContext } from './markdown-context.js';
import { codeSpan } from './markdown-escape.js';
import { eventName } from './markdown-event-name.js';
import { handledIn, sentAndHandled, sentAt } from './markdown-locations.js';

const CLIENT_EVENT_MARKS: Partial<Record<EventStatus, string>> = {
  handled: '✅',
  unhandled: '❌',
  'dead-handler': '🪦',
};

const CLIENT_EVENT_NOTES: Partial<Record<EventStatus, string>> = {
  unhandled: 'frontend sends, no backend handler',
  'dead-handler': 'backend handles, frontend never sends',
};

const DIRECTION_NAMES: Record<Direction, string> = {
  'server-to-client': 'backend → frontend',
  'client-to-server': 'frontend → backend',
  'client-local': 'client-local',
};

/** Blocks for frontend → backend, client-local, socket-library and dynamic events. */
export function otherEventStatus(context: MarkdownContext): string[][] {
  return [...clientEvents(context), ...clientLocalEvents(context), ...libraryEvents(context), ...dynamicEvents(context)];
}

function clientEvents(context: MarkdownContext): string[][] {
  const events = selectEvents(context.result.events, { direction: 'client-to-server' }).filter(
    (event) => CLIENT_EVENT_MARKS[event.status] !== undefined,
  );
  if (events.length === 0) return [];
  const { clientHandled, clientEvents: total } = context.result.summary;
  return [
    [`### Frontend → Backend Events (${clientHandled}/${total})`],
    events.map((event) => `- ${CLIENT_EVENT_MARKS[event.status]} ${eventName(event)} - ${clientEventLine(context, event)}`),
  ];
}

function clientEventLine(context: MarkdownContext, event: EventReport): string {
  const note = CLIENT_EVENT_NOTES[event.status];
  const line = sentAndHandled(context, event);
  return note === undefined ? line : `${line} (${note})`;
}

function clientLocalEvents(context: MarkdownContext): string[][] {
  const events = selectEvents(context.result.events, { direction: 'client-local' });
  if (events.length === 0) return [];
  return [
    [`### Client-Local Events (${countOf(events.length, 'event')})`],
    ['Raised by the frontend\'s own socket manager for its subscribers; they never cross the socket.'],
    events.map((event) => `- ${eventName(event)} - ${clientLocalLine(context, event)}`),
  ];
}

function clientLocalLine(context: MarkdownContext, event: EventReport): string {
  const handled = handledIn(context, event);
  const raised = event.sent.length === 0 ? 'never raised' : `raised at ${sentAt(context, event)}`;
  return `${raised}, ${handled === '' ? 'no subscribers' : `handled in ${handled}`}`;
}

function libraryEvents(context: MarkdownContext): string[][] {
  const events = selectEvents(context.result.events, { status: 'library' });
  if (events.length === 0) return [];
  return [
    [`### Socket Library Events (${countOf(events.length, 'event')})`],
    ['Raised by the socket library itself; never reported as unhandled or dead.'],
    events.map((event) => `- ${eventName(event)} - ${sentAndHandled(context, event)}`),
  ];
}

function dynamicEvents(context: MarkdownContext): string[][] {
  const events = context.result.events.filter((event) => event.dynamic);
  if (events.length === 0) return [];
  return [
    [`### Dynamic Events (${countOf(events.length, 'event')})`],
    ['Names built at runtime; each is shown as the pattern it can match.'],
    selectEvents(events, {}).map((event) => `- ${eventName(event)} - ${dynamicEventLine(context, event)}`),
  ];
}

function dynamicEventLine(context: MarkdownContext, event: EventReport): string {
  return `${DIRECTION_NAMES[event.direction]}: ${sentAndHandled(context, event)}; ${matchesText(context, event)}`;
}

/** The literal events a pattern stands for, found through their sites' `pattern`. */
function matchesText(context: MarkdownContext, pattern: EventReport): string {
  const matched = new Set(
    context.result.events
      .filter((event) => !event.dynamic && event.direction === pattern.direction)
      .filter((event) => [...event.sent, ...event.handled].some((site) => site.pattern === pattern.name))
      .map((event) => event.name),
  );
  if (matched.size === 0) return 'matches no known event';
  return `matches ${[...matched].sort(compareStrings).map(codeSpan).join(', ')}`;
}
