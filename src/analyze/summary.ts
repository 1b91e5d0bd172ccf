import type { Direction, EventReport, EventStatus, Summary } from '../model/result.js';
import type { Site } from '../model/site.js';

/**
 * The headline figures. Dynamic rows are listed in the report but not counted here: a pattern
 * is not an event name, and its literal matches are already counted as events. Suppressed gaps
 * are not counted either: the team has said they are intended.
 */
export function summarize(events: readonly EventReport[], sites: readonly Site[], filesScanned: number): Summary {
  const counted = events.filter((event) => !event.dynamic && !event.suppressed);
  const count = (direction: Direction, status: EventStatus) =>
    counted.filter((event) => event.direction === direction && event.status === status).length;
  const handled = count('server-to-client', 'handled');
  const unhandled = count('server-to-client', 'unhandled');
  const clientHandled = count('client-to-server', 'handled');
  const clientUnhandled = count('client-to-server', 'unhandled');
  return {
    serverEvents: handled + unhandled,
    handled,
    unhandled,
    deadHandlers: count('server-to-client', 'dead-handler'),
    coverage: ratio(handled, handled + unhandled),
    clientEvents: clientHandled + clientUnhandled,
    clientHandled,
    clientUnhandled,
    clientDeadHandlers: count('client-to-server', 'dead-handler'),
    clientLocal: events.filter((event) => event.direction === 'client-local').length,
    dynamicSites: sites.filter((site) => site.dynamic).length,
    suppressed: events.filter((event) => event.suppressed).length,
    fieldMismatches: events.reduce((count, event) => count + event.fieldMismatches.length, 0),
    filesScanned,
  };
}

/** Rounded to 3 decimals; 1 when there is nothing to cover. */
function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : Math.round((part / whole) * 1000) / 1000;
}
