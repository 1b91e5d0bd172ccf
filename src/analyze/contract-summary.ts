import type { Contract } from '../extract/contracts/index.js';
import type { ContractStatus, ContractSummary, EventReport } from '../model/result.js';

/** The contract's figures over the reported events; `contract.events` are those of the reported directions. */
export function summarizeContract(events: readonly EventReport[], contract: Contract): ContractSummary {
  const count = (...statuses: ContractStatus[]) =>
    events.filter((event) => event.contract !== undefined && statuses.includes(event.contract)).length;
  return {
    file: contract.file,
    format: contract.format,
    expected: contract.events.length,
    ok: count('ok'),
    neverSent: count('missing-sender', 'not-implemented'),
    neverHandled: count('missing-handler', 'not-implemented'),
    notInContract: count('not-in-contract'),
  };
}
