import type { Direction, EventReport, EventStatus } from '../model/result.js';
import { compareEvents } from './format-order.js';

export interface EventFilter {
  direction?: Direction;
  status?: EventStatus;
  dynamic?: boolean;
}

/** The events matching every given field, in report order. */
export function selectEvents(events: readonly EventReport[], filter: EventFilter): EventReport[] {
  return events
    .filter((event) => filter.direction === undefined || event.direction === filter.direction)
    .filter((event) => filter.status === undefined || event.status === filter.status)
    .filter((event) => filter.dynamic === undefined || event.dynamic === filter.dynamic)
    .sort(compareEvents);
}

/** Whether the event is one of `summary.serverEvents`: dynamic rows are patterns, not event names. */
export function isCountedServerEvent(event: EventReport): boolean {
  return (
    event.direction === 'server-to-client' && !event.dynamic && (event.status === 'handled' || event.status === 'unhandled')
  );
}
