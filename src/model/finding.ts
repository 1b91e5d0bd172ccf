import type { Direction } from './result.js';
import type { SourceLocation } from './site.js';

/**
 * The kinds of finding, one per check module (src/analyze/checks/). A new kind is added here, as a
 * check module, as a line in the check registry and as a message in report/finding-messages.ts.
 */
export type CheckId =
  | 'unhandled-event'
  | 'dead-handler'
  | 'unhandled-client-event'
  | 'dead-client-handler'
  | 'field-mismatch'
  | 'contract-payload'
  | 'dynamic-name'
  | 'skipped-file';

/** Same words as SARIF's `level`. */
export type Severity = 'error' | 'warning' | 'note';

/** The event a finding is about; `name` is the glob pattern for a dynamic name. */
export interface FindingEvent {
  name: string;
  direction: Direction;
  /** Socket.IO namespace, when it is not the default one (as in `EventReport`). */
  namespace?: string;
}

/**
 * What a related location is to the finding; report/finding-messages.ts words it.
 * `send-site`: another place that sends the event. `handler-site`: another place that handles it.
 * `called-from`: where a helper with a fixed event name is called, so where the event really fires.
 */
export type RelatedLocationLabel = 'send-site' | 'handler-site' | 'called-from';

export interface RelatedLocation extends SourceLocation {
  label: RelatedLocationLabel;
  /** Set when the site reaches the event through a dynamic name (`job_*`). */
  pattern?: string;
}

/** Plain data the wording of a finding uses (counts, a reason, a side); never prose. */
export type FindingArguments = Readonly<Record<string, string | number | boolean>>;

/** One problem a check found: a code, the data for its wording, and where it is. */
export interface Finding {
  checkId: CheckId;
  event?: FindingEvent;
  location: SourceLocation;
  relatedLocations: RelatedLocation[];
  arguments: FindingArguments;
  /** Set when a `ws-gap-ignore` comment silences the finding; gates and baselines leave it out. */
  suppression?: { reason?: string };
}
