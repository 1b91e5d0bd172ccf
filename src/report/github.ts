import { checkById } from '../analyze/checks/index.js';
import { runChecks } from '../analyze/checks/run-checks.js';
import type { Finding, Severity } from '../model/finding.js';
import type { ScanResult } from '../model/result.js';
import { findingMessage, relatedLocationMessage } from './finding-messages.js';
import { escapeControlCharacters } from './format-safe-text.js';
import type { ReportOptions } from './report-options.js';

const COMMAND_BY_SEVERITY: Readonly<Record<Severity, string>> = {
  error: 'error',
  warning: 'warning',
  note: 'notice',
};

/**
 * One GitHub Actions workflow command per finding (`::error file=…,line=…,col=…,title=…::…`):
 * printed in a workflow step, each becomes an annotation on the file and line.
 */
export function renderGithub(result: ScanResult, _options: ReportOptions): string {
  return runChecks(result).map(annotation).join('');
}

function annotation(finding: Finding): string {
  const check = checkById(finding.checkId);
  const properties = [
    `file=${escapeProperty(escapeControlCharacters(finding.location.file))}`,
    `line=${finding.location.line}`,
    `col=${finding.location.column}`,
    `title=${escapeProperty(check.title)}`,
  ];
  return `::${COMMAND_BY_SEVERITY[check.defaultSeverity]} ${properties.join(',')}::${escapeData(annotationText(finding))}\n`;
}

/** The message, then one line per related location (an annotation has no other place for them). */
function annotationText(finding: Finding): string {
  const related = finding.relatedLocations.map(
    (location) => `${escapeControlCharacters(location.file)}:${location.line}:${location.column}: ${relatedLocationMessage(location)}`,
  );
  return [findingMessage(finding), ...related].join('\n');
}

/** GitHub's escaping of a command's message (as in @actions/core). */
export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** GitHub's escaping of a command property: the message escaping, plus the separators `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
