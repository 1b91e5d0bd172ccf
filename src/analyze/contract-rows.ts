import type { Contract, ContractEvent } from '../extract/contracts/index.js';
import { compareEvents, type MatchedEvent } from './cross-reference.js';
import { patternMatches } from './event-pattern.js';

/**
 * The matched events plus a `contract-only` row for each contract event the code neither sends
 * nor handles, in the cross-reference's order. A name a dynamic row's pattern matches gets no row of
 * its own: the pattern may stand for it, so it is not reported as missing.
 */
export function withContractRows(events: readonly MatchedEvent[], contract: Contract): MatchedEvent[] {
  const rows = contract.events.filter((declared) => !events.some((event) => covers(event, declared))).map(contractOnlyRow);
  return [...events, ...rows].sort(compareEvents);
}

/** Whether the event row is the contract event, or a pattern that may stand for it. */
export function covers(event: MatchedEvent, declared: ContractEvent): boolean {
  if (event.direction !== declared.direction) return false;
  return event.dynamic ? patternMatches(event.name, declared.name) : event.name === declared.name;
}

function contractOnlyRow(declared: ContractEvent): MatchedEvent {
  const { name, direction } = declared;
  return { name, direction, status: 'contract-only', dynamic: false, sent: [], handled: [], fieldMismatches: [] };
}
