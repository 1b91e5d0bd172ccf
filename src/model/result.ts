import type { Side, SkippedFile, SourceLocation } from './site.js';

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
 */
export type EventStatus = 'handled' | 'unhandled' | 'dead-handler' | 'client-local' | 'library';

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
  filesScanned: number;
}

export interface ScanResult {
  version: typeof RESULT_VERSION;
  roots: Record<Side, string[]>;
  summary: Summary;
  events: EventReport[];
  skipped: SkippedFile[];
}
