import type { CheckId } from '../../model/finding.js';
import type { Check } from './check.js';
import { contractPayload } from './contract-payload.js';
import { deadClientHandler } from './dead-client-handler.js';
import { deadHandler } from './dead-handler.js';
import { dynamicName } from './dynamic-name.js';
import { fieldMismatch } from './field-mismatch.js';
import { skippedFile } from './skipped-file.js';
import { unhandledClientEvent } from './unhandled-client-event.js';
import { unhandledEvent } from './unhandled-event.js';

export type { Check } from './check.js';

/**
 * Every check by id. Keyed by `CheckId` so that a new id without its module fails to compile;
 * adding a check = one module + one line here. The order of the lines is the order reports list
 * the checks in (and SARIF numbers its rules by).
 */
const CHECKS_BY_ID: Readonly<Record<CheckId, Check>> = {
  'unhandled-event': unhandledEvent,
  'dead-handler': deadHandler,
  'unhandled-client-event': unhandledClientEvent,
  'dead-client-handler': deadClientHandler,
  'field-mismatch': fieldMismatch,
  'contract-payload': contractPayload,
  'dynamic-name': dynamicName,
  'skipped-file': skippedFile,
};

export const CHECKS: readonly Check[] = Object.values(CHECKS_BY_ID);

export function checkById(id: CheckId): Check {
  return CHECKS_BY_ID[id];
}

/** The check's position in `CHECKS` (SARIF's `ruleIndex`). */
export function checkIndex(id: CheckId): number {
  return CHECKS.indexOf(CHECKS_BY_ID[id]);
}
