import type { Finding } from '../../model/finding.js';
import type { ScanResult } from '../../model/result.js';
import { compareLocations, compareStrings } from '../../util/compare.js';
import { CHECKS, checkIndex } from './index.js';

/** The findings of every registered check, in a stable order: by location, then check, then event. */
export function runChecks(result: ScanResult): Finding[] {
  return CHECKS.flatMap((check) => check.find(result)).sort(compareFindings);
}

function compareFindings(a: Finding, b: Finding): number {
  return (
    compareLocations(a.location, b.location) ||
    checkIndex(a.checkId) - checkIndex(b.checkId) ||
    compareStrings(a.event?.name ?? '', b.event?.name ?? '') ||
    compareStrings(a.event?.direction ?? '', b.event?.direction ?? '') ||
    compareStrings(a.event?.namespace ?? '', b.event?.namespace ?? '')
  );
}
