import type { CategoryRule } from '../analyze/categories.js';
import type { ExpectedEvents } from '../extract/contracts/expected-list.js';

/** What `ws-gap.config.json` may say. Every key is optional; command-line flags win. */
export interface WsGapConfig {
  backend?: string[];
  frontend?: string[];
  /** Globs of files to leave out, relative to each scan root. */
  exclude?: string[];
  /** When given, only files matching one of these globs (relative to each scan root) are scanned. */
  include?: string[];
  includeTests?: boolean;
  /** Category name → event-name globs, in the order they are tried. */
  categories?: CategoryRule[];
  /** A contract file (AsyncAPI, TypeScript event maps, JSON with `expected`); `--contract` wins. */
  contract?: string;
  /** The expected events themselves, by category; the config file is then the contract. */
  expected?: ExpectedEvents;
  /** Event-name globs to leave out of the results entirely (`debug_*`). */
  ignoreEvents?: string[];
  /** In-house send wrappers the analysis cannot follow: their first argument is the event name. */
  emitters?: string[];
  /** In-house subscribe wrappers the analysis cannot follow: their first argument is the event name. */
  listeners?: string[];
  /** The gates, as the command-line flags of the same names; a flag turns a gate on, never off. */
  failOnUnhandled?: boolean;
  failOnDeadHandlers?: boolean;
  failOnFieldMismatch?: boolean;
  /** Minimum server→client coverage in percent; `--min-coverage` wins. */
  minCoverage?: number;
}

export const CONFIG_FILE_NAME = 'ws-gap.config.json';
