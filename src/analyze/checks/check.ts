import type { CheckId, Finding, Severity } from '../../model/finding.js';
import type { ScanResult } from '../../model/result.js';

/**
 * One kind of finding with its metadata. The metadata feeds SARIF's `rules[]`, the GitHub
 * annotation titles and the documentation; `find` only reads the scan result.
 */
export interface Check {
  id: CheckId;
  /** A few words, used as a title (`Unhandled event`). */
  title: string;
  defaultSeverity: Severity;
  /** One sentence: what the check reports. */
  description: string;
  /** One sentence: how to fix what it reports. */
  help: string;
  find(result: ScanResult): Finding[];
}
