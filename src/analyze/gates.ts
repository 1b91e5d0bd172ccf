import type { CheckId, Finding } from '../model/finding.js';
import type { Summary } from '../model/result.js';

export interface GateOptions {
  failOnUnhandled?: boolean;
  failOnDeadHandlers?: boolean;
  failOnFieldMismatch?: boolean;
  /** Minimum server→client coverage, in percent (0–100). */
  minCoverage?: number;
}

export interface GateFailure {
  /** The flag that asked for the gate, as the user typed it. */
  gate: string;
  /** What failed and by how much. */
  reason: string;
}

/**
 * Checks the CI gates the user asked for. The unhandled and dead-handler gates count `findings`
 * (which a baseline may have filtered down to the new ones); coverage comes from the summary.
 */
export function evaluateGates(summary: Summary, findings: readonly Finding[], options: GateOptions): GateFailure[] {
  const count = (checkId: CheckId) => findings.filter((finding) => finding.checkId === checkId).length;
  const failures: GateFailure[] = [];
  const unhandled = countList([
    [count('unhandled-event'), 'server event'],
    [count('unhandled-client-event'), 'client event'],
  ]);
  if (options.failOnUnhandled && unhandled) failures.push({ gate: '--fail-on-unhandled', reason: `${unhandled} sent but not handled` });
  const dead = countList([
    [count('dead-handler'), 'frontend handler'],
    [count('dead-client-handler'), 'backend handler'],
  ]);
  if (options.failOnDeadHandlers && dead) failures.push({ gate: '--fail-on-dead-handlers', reason: `${dead} for events nothing sends` });
  const mismatches = countList([
    [count('field-mismatch'), 'payload field read but never sent'],
    [count('contract-payload'), 'payload difference from the contract'],
  ]);
  if (options.failOnFieldMismatch && mismatches) failures.push({ gate: '--fail-on-field-mismatch', reason: mismatches });
  if (options.minCoverage !== undefined) {
    const coverage = summary.coverage * 100;
    if (coverage < options.minCoverage) {
      const gap = (options.minCoverage - coverage).toFixed(1);
      failures.push({
        gate: `--min-coverage ${options.minCoverage}`,
        reason: `coverage is ${coverage.toFixed(1)}% (${summary.handled}/${summary.serverEvents} server events handled), ${gap} points below`,
      });
    }
  }
  return failures;
}

/** `2 server events and 1 client event`; empty when every count is 0. */
function countList(counts: ReadonlyArray<readonly [number, string]>): string {
  return counts
    .filter(([count]) => count > 0)
    .map(([count, noun]) => `${count} ${noun}${count === 1 ? '' : 's'}`)
    .join(' and ');
}
