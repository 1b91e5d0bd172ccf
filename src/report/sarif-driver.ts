import { CHECKS, type Check } from '../analyze/checks/index.js';
import { packageInfo } from '../package-info.js';
import type { SarifDriver, SarifRule } from './sarif-log.js';

/** ws-gap itself, with one rule per registered check (in registry order, so `ruleIndex` is the check's index). */
export function sarifDriver(): SarifDriver {
  const { name, version } = packageInfo();
  return {
    name,
    version,
    informationUri: `https://www.npmjs.com/package/${name}`,
    rules: CHECKS.map(sarifRule),
  };
}

function sarifRule(check: Check): SarifRule {
  return {
    id: check.id,
    name: ruleName(check.id),
    shortDescription: { text: check.title },
    fullDescription: { text: check.description },
    help: { text: check.help },
    defaultConfiguration: { level: check.defaultSeverity },
  };
}

/** SARIF suggests an identifier-like name: `unhandled-event` → `UnhandledEvent`. */
function ruleName(id: string): string {
  return id
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}
