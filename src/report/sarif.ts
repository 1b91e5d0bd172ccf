import { checkById, checkIndex } from '../analyze/checks/index.js';
import { runChecks } from '../analyze/checks/run-checks.js';
import type { Finding } from '../model/finding.js';
import type { ScanResult } from '../model/result.js';
import { findingMessage, relatedLocationMessage } from './finding-messages.js';
import type { ReportOptions } from './report-options.js';
import { sarifDriver } from './sarif-driver.js';
import { partialFingerprints } from './sarif-fingerprints.js';
import { physicalLocation, SOURCE_ROOT } from './sarif-location.js';
import type { SarifLog, SarifResult } from './sarif-log.js';

export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** The findings of the result as a SARIF 2.1.0 log (GitHub code scanning, IDE viewers). */
export function renderSarif(result: ScanResult, _options: ReportOptions): string {
  return `${JSON.stringify(sarifLog(runChecks(result)), null, 2)}\n`;
}

/** One run with every rule and the given findings, in the order given. */
export function sarifLog(findings: readonly Finding[]): SarifLog {
  const fingerprints = partialFingerprints(findings);
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: sarifDriver() },
        originalUriBaseIds: {
          [SOURCE_ROOT]: { description: { text: 'The folder ws-gap was run from; every path is relative to it.' } },
        },
        columnKind: 'utf16CodeUnits',
        results: findings.map((finding, index) => sarifResult(finding, fingerprints[index]!)),
      },
    ],
  };
}

function sarifResult(finding: Finding, fingerprints: Record<string, string>): SarifResult {
  return {
    ruleId: finding.checkId,
    ruleIndex: checkIndex(finding.checkId),
    level: checkById(finding.checkId).defaultSeverity,
    message: { text: findingMessage(finding) },
    locations: [{ physicalLocation: physicalLocation(finding.location) }],
    ...(finding.relatedLocations.length === 0
      ? {}
      : {
          relatedLocations: finding.relatedLocations.map((related, index) => ({
            id: index + 1,
            physicalLocation: physicalLocation(related),
            message: { text: relatedLocationMessage(related) },
          })),
        }),
    partialFingerprints: fingerprints,
    ...(finding.suppression
      ? { suppressions: [{ kind: 'inSource', ...(finding.suppression.reason ? { justification: finding.suppression.reason } : {}) }] }
      : {}),
  };
}
