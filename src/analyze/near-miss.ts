import type { MatchedEvent } from './cross-reference.js';
import { closestMatch } from '../util/edit-distance.js';

/**
 * For each dead handler, the sent event it most likely meant: the closest name sent in the same
 * direction and namespace (`pipline_status` → `pipeline_status`).
 */
export function withNearMissNames(events: readonly MatchedEvent[]): MatchedEvent[] {
  return events.map((event) => {
    if (event.status !== 'dead-handler' || event.dynamic) return event;
    const sentNames = events
      .filter((other) => !other.dynamic && other.sent.length > 0 && other.direction === event.direction && other.namespace === event.namespace)
      .map((other) => other.name);
    const didYouMean = closestMatch(event.name, sentNames);
    return didYouMean ? { ...event, didYouMean } : event;
  });
}
