import type { FieldRead, Side, SkippedFile, SourceLocation, Suppression } from './site.js';

export const RESULT_VERSION = 1;

/**
 * `server-to-client`: sent by the backend, handled by the frontend.
 * `client-to-server`: sent by the frontend, handled by the backend.
 * `client-local`: raised by the frontend's own socket manager for its subscribers.
 */
export type Direction = 'server-to-client' | 'client-to-server' | 'client-local';

/**
 * `library`: an event the socket library raises by itself (`connect`, `disconnect`, ...);
 * it is never reported as unhandled or dead.
 * `contract-only`: named by the contract (`--contract`), neither sent nor handled in the scanned code.
 */
export type EventStatus = 'handled' | 'unhandled' | 'dead-handler' | 'client-local' | 'library' | 'contract-only';

/**
 * How an event compares with the contract: `ok` (sent and handled), `missing-sender` (handled,
 * never sent), `missing-handler` (sent, never handled), `not-implemented` (neither),
 * `not-in-contract` (in the code, not in the contract).
 */
export type ContractStatus = 'ok' | 'missing-sender' | 'missing-handler' | 'not-implemented' | 'not-in-contract';

/** Where the expected events came from: `expected` in a JSON config, an AsyncAPI document, TypeScript event maps. */
export type ContractFormat = 'expected-list' | 'asyncapi' | 'typescript';

/**
 * The code disagrees with the contract's payload schema: a handler reads a field the schema does
 * not define, or a sender leaves out a required field or sends one the schema forbids.
 */
export interface SchemaMismatch extends SourceLocation {
  field: string;
  side: 'sender' | 'handler';
  problem: 'not-in-schema' | 'missing-required';
}

/** One site as it appears in an event's `sent` or `handled` list. */
export interface SiteReference extends SourceLocation {
  via: string;
  rule: string;
  payloadKeys?: string[];
  function?: string;
  calledFrom?: SourceLocation[];
  /** Set when the site's name is a pattern (`job_*`) that matched this event. */
  pattern?: string;
  /** Set on a catch-all handler (`socket.onAny`), listed with every event of its namespace it receives. */
  catchAll?: boolean;
  /** Handler sites: the payload fields the handler reads, when they can be followed. */
  fieldsRead?: FieldRead[];
  /** Set when a `ws-gap-ignore` comment silences the site. */
  suppressed?: Suppression;
}

/**
 * A handler reads a payload field that no send site of the event provides (`data.pipelineId`
 * when the server sends `pipeline_id`): at runtime it is `undefined`.
 */
export interface FieldMismatch extends SourceLocation {
  field: string;
  /** The provided key closest to `field`, when one is near enough to be the intended one. */
  closest?: string;
}

export interface EventReport {
  /** The event name, or the glob pattern for a dynamic event. */
  name: string;
  direction: Direction;
  status: EventStatus;
  category: string;
  namespace?: string;
  dynamic: boolean;
  /** Set when the only handlers of the event are catch-alls (`socket.onAny`). */
  catchAllOnly?: boolean;
  sent: SiteReference[];
  handled: SiteReference[];
  /** Fields handlers read that no send site provides; one entry per read site. */
  fieldMismatches: FieldMismatch[];
  /** For a dead handler: the sent event name it most likely meant (`pipline_status` → `pipeline_status`). */
  didYouMean?: string;
  /**
   * Set when the event's gap is silenced: every site on the side that has the gap (the send sites
   * of an unhandled event, the handlers of a dead one) carries a `ws-gap-ignore` comment.
   * A suppressed event is left out of the summary figures and the gates.
   */
  suppressed?: boolean;
  /** With a contract: whether it names this event (for a pattern: an event the pattern matches). */
  inContract?: boolean;
  /**
   * With a contract: how the event compares with it. Absent on client-local and library events the
   * contract does not name, and on `*` rows (their name is unknown).
   */
  contract?: ContractStatus;
  /** With a contract: where the contract declares the event. */
  declaredAt?: SourceLocation;
  /** With a contract that gives the event a payload schema: where the code disagrees with it. */
  schemaMismatches?: SchemaMismatch[];
}

export interface Summary {
  /** Server→client events: names the backend sends, plus one per dynamic pattern no handler matched. */
  serverEvents: number;
  handled: number;
  unhandled: number;
  /** Frontend handlers for server→client names nobody sends. */
  deadHandlers: number;
  /** handled ÷ serverEvents, rounded to 3 decimals; 1 when the backend sends nothing. */
  coverage: number;
  clientEvents: number;
  clientHandled: number;
  clientUnhandled: number;
  /** Backend handlers for client→server names no client sends. */
  clientDeadHandlers: number;
  clientLocal: number;
  dynamicSites: number;
  /** Events whose gap a `ws-gap-ignore` comment silences (not counted in the figures above). */
  suppressed: number;
  /** Handler reads of payload fields that no sender provides (`fieldMismatches` entries, all events). */
  fieldMismatches: number;
  filesScanned: number;
}

/** The contract's figures, over the reported events. */
export interface ContractSummary {
  file: string;
  format: ContractFormat;
  /** Events the contract declares (in the reported directions). */
  expected: number;
  ok: number;
  /** Events the contract expects that nothing sends (`missing-sender` and `not-implemented`). */
  neverSent: number;
  /** Events the contract expects that nothing handles (`missing-handler` and `not-implemented`). */
  neverHandled: number;
  notInContract: number;
}

export interface ScanResult {
  version: typeof RESULT_VERSION;
  roots: Record<Side, string[]>;
  summary: Summary;
  /** Present when a contract was given. */
  contract?: ContractSummary;
  events: EventReport[];
  skipped: SkippedFile[];
  /** Problems that did not stop the scan (a contract naming an event twice); the CLI prints them on stderr. */
  warnings?: string[];
}
