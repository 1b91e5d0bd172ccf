import fs from 'node:fs';
import { UsageError } from '../errors.js';
import type { Finding } from '../model/finding.js';
import { compareStrings } from '../util/compare.js';

export const BASELINE_VERSION = 1;

/**
 * What identifies a finding across runs: its kind, its event and its file, never its line, so
 * unrelated edits that move code do not turn known findings into new ones.
 */
export interface BaselineEntry {
  check: string;
  event?: string;
  direction?: string;
  namespace?: string;
  file: string;
}

interface BaselineFile {
  version: number;
  findings: BaselineEntry[];
}

export function baselineEntry(finding: Finding): BaselineEntry {
  return {
    check: finding.checkId,
    ...(finding.event ? { event: finding.event.name, direction: finding.event.direction } : {}),
    ...(finding.event?.namespace ? { namespace: finding.event.namespace } : {}),
    file: finding.location.file,
  };
}

/** The findings that the baseline does not list. */
export function findingsNotInBaseline(findings: readonly Finding[], baseline: readonly BaselineEntry[]): Finding[] {
  const known = new Set(baseline.map(entryKey));
  return findings.filter((finding) => !known.has(entryKey(baselineEntry(finding))));
}

export function renderBaseline(findings: readonly Finding[]): string {
  const entries = [...new Map(findings.map(baselineEntry).map((entry) => [entryKey(entry), entry])).values()];
  entries.sort((a, b) => compareStrings(entryKey(a), entryKey(b)));
  const file: BaselineFile = { version: BASELINE_VERSION, findings: entries };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function readBaseline(file: string): BaselineEntry[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`baseline ${file} ${code ? `cannot be read (${code})` : `is not valid JSON: ${(error as Error).message}`}`);
  }
  if (!isBaselineFile(parsed)) throw new UsageError(`baseline ${file} is not a ws-gap baseline (expected "version" and "findings")`);
  if (parsed.version > BASELINE_VERSION) {
    throw new UsageError(
      `baseline ${file} has format version ${parsed.version}, written by a newer ws-gap; this one reads version ${BASELINE_VERSION}`,
    );
  }
  return parsed.findings;
}

function isBaselineFile(value: unknown): value is BaselineFile {
  if (typeof value !== 'object' || value === null) return false;
  const { version, findings } = value as Partial<BaselineFile>;
  return typeof version === 'number' && Array.isArray(findings) && findings.every((entry) => typeof entry?.check === 'string' && typeof entry.file === 'string');
}

function entryKey(entry: BaselineEntry): string {
  return JSON.stringify([entry.check, entry.event ?? '', entry.direction ?? '', entry.namespace ?? '', entry.file]);
}
