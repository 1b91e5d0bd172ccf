import { runChecks } from '../analyze/checks/run-checks.js';
import type { Finding } from '../model/finding.js';
import type { ScanResult } from '../model/result.js';
import { findingMessage } from '../report/finding-messages.js';
import { compareStrings } from '../util/compare.js';

export interface ResultChanges {
  /** Findings that the new scan has and the previous one did not. */
  added: Finding[];
  /** Findings of the previous scan that are gone. */
  fixed: Finding[];
}

/**
 * What changed between two scans, finding by finding. Findings are compared by kind, event and
 * file, not line, so moving code around is not reported as a change.
 */
export function resultChanges(previous: ScanResult, next: ScanResult): ResultChanges {
  const before = keyed(previous);
  const after = keyed(next);
  return {
    added: [...after].filter(([key]) => !before.has(key)).map(([, finding]) => finding),
    fixed: [...before].filter(([key]) => !after.has(key)).map(([, finding]) => finding),
  };
}

/** `+ new gap: ...` and `- fixed: ...` lines, one per finding. */
export function describeChanges(changes: ResultChanges): string[] {
  return [
    ...changes.fixed.map((finding) => `- fixed: ${findingLine(finding)}`),
    ...changes.added.map((finding) => `+ new: ${findingLine(finding)}`),
  ];
}

function findingLine(finding: Finding): string {
  return `${findingMessage(finding)} (${finding.location.file}:${finding.location.line})`;
}

function keyed(result: ScanResult): Map<string, Finding> {
  const findings = runChecks(result).filter((finding) => !finding.suppression);
  const entries = findings.map((finding) => [findingKey(finding), finding] as const);
  return new Map(entries.sort(([a], [b]) => compareStrings(a, b)));
}

function findingKey(finding: Finding): string {
  const { checkId, event, location, arguments: args } = finding;
  return JSON.stringify([checkId, event?.name ?? '', event?.direction ?? '', event?.namespace ?? '', location.file, args.field ?? '']);
}
