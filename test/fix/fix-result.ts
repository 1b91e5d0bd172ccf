import type { EventReport, SiteReference } from '../../src/model/result.js';
import { planFixes } from '../../src/fix/index.js';
import type { FixPlan } from '../../src/fix/index.js';
import { makeTempTree } from '../helpers/temp-tree.js';
import { at, event, makeResult } from '../report/make-result.js';

/** The handler site of the first occurrence of `needle` (an event name expression) in `source`. */
export function handlerAt(file: string, source: string, needle: string, via = 'wsManager.on'): SiteReference {
  const offset = source.indexOf(needle);
  if (offset === -1) throw new Error(`${needle} is not in the source`);
  const lines = source.slice(0, offset).split(/\r\n|\n/);
  return at(file, lines.length, { column: lines.at(-1)!.length + 1, via });
}

/** A server event the frontend handles at `site`. */
export function handledAt(name: string, site: SiteReference): EventReport {
  return event(name, { sent: [at('backend/app.py', 1)], handled: [site] });
}

/** A server event nothing handles, sent from backend/app.py at `line` with `payloadKeys`. */
export function unhandled(name: string, line: number, payloadKeys?: string[]): EventReport {
  return event(name, { status: 'unhandled', sent: [at('backend/app.py', line, payloadKeys ? { payloadKeys } : {})] });
}

/** The plan for `events` over the files (path → text) written to a temporary folder. */
export function planFor(files: Record<string, string>, events: EventReport[]): FixPlan {
  return planFixes(makeResult(events), makeTempTree(files));
}
