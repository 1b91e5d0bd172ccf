import type { EventReport } from '../model/result.js';
import { codeSpan } from './markdown-escape.js';

/** `` `name` ``, its namespace when it is not the default one, and `(dynamic)` for a pattern. */
export function eventName(event: EventReport): string {
  const namespace = event.namespace === undefined || event.namespace === '/' ? '' : ` in ${codeSpan(event.namespace)}`;
  return `${codeSpan(event.name)}${namespace}${event.dynamic ? ' (dynamic)' : ''}`;
}

export function eventNames(events: readonly EventReport[]): string {
  return events.map(eventName).join(', ');
}
