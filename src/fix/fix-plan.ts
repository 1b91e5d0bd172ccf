import type { SourceLocation } from '../model/site.js';

/** One frontend file the plan changes: its text before and after the handler stubs go in. */
export interface FileFix {
  /** Path relative to the scan's `cwd`, with `/` separators (as in the scan result). */
  file: string;
  /** The decoded text the plan was made from, without a byte-order mark. */
  before: string;
  after: string;
  /** Whether the file starts with a UTF-8 byte-order mark; writing keeps it. */
  byteOrderMark: boolean;
  /** The events whose handlers the stubs add, sorted. */
  events: string[];
}

/**
 * Something the plan cannot do by editing a file; fix-notes.ts words it.
 * `did-you-mean`: a handler for an event nothing sends, probably meant for `suggestion`.
 * `no-handler-file`: no frontend file handles a server event, so there is no file to add a handler to.
 * `unsupported-style`: the target file's handlers use an API a stub cannot be written in (`handlers[msg.type]`).
 * `unreadable-file`: the target file cannot be read, decoded or parsed.
 * `no-insertion-point`: none of the file's handlers is where the scan saw it (the file changed since),
 * or none sits in a list of statements a new one can join.
 */
export type FixNote =
  | { kind: 'did-you-mean'; event: string; handler: SourceLocation; suggestion: string }
  | { kind: 'no-handler-file'; event: string }
  | { kind: 'unsupported-style'; event: string; file: string; via: string }
  | { kind: 'unreadable-file'; event: string; file: string; reason: string }
  | { kind: 'no-insertion-point'; event: string; file: string; via: string };

export interface FixPlan {
  /** Sorted by path; empty when every server event already has a handler. */
  fixes: FileFix[];
  notes: FixNote[];
}
