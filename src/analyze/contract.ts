import type { Contract, ContractEvent } from '../extract/contracts/index.js';
import type { ContractStatus, EventReport } from '../model/result.js';
import { assignCategories, type CategoryRule } from './categories.js';
import { schemaMismatchesOf } from './contract-payload.js';
import { covers, withContractRows } from './contract-rows.js';
import type { MatchedEvent } from './cross-reference.js';

/**
 * The events with a contract: its events the code lacks get rows of their own, then every event
 * says whether the contract names it and how it compares, and takes the contract's category.
 */
export function eventsWithContract(matched: readonly MatchedEvent[], rules: readonly CategoryRule[], contract: Contract): EventReport[] {
  const events = assignCategories(withContractRows(matched, contract), rules);
  const declarations = new Map(contract.events.map((declared) => [declarationKey(declared), declared]));
  return events.map((event) =>
    event.dynamic ? withPatternVerdict(event, contract) : withDeclaration(event, declarations.get(declarationKey(event))),
  );
}

function withDeclaration(event: EventReport, declared: ContractEvent | undefined): EventReport {
  if (declared === undefined) {
    // The contract lists wire events; the client's own events and the library's are not its business.
    const expectedInContract = event.direction !== 'client-local' && event.status !== 'library';
    return { ...event, inContract: false, ...(expectedInContract ? { contract: 'not-in-contract' as const } : {}) };
  }
  const schemaMismatches = schemaMismatchesOf(event, declared);
  return {
    ...event,
    category: declared.category ?? event.category,
    inContract: true,
    contract: verdict(event),
    declaredAt: { file: declared.file, line: declared.line, column: declared.column },
    ...(schemaMismatches.length ? { schemaMismatches } : {}),
  };
}

/**
 * A pattern is in the contract when it matches one of its names, and takes their category when they
 * share one. A bare `*` says nothing either way.
 */
function withPatternVerdict(event: EventReport, contract: Contract): EventReport {
  if (event.name.replaceAll('*', '') === '') return { ...event, inContract: false };
  const matched = contract.events.filter((declared) => covers(event, declared));
  if (matched.length === 0) return { ...event, inContract: false, contract: 'not-in-contract' };
  const categories = new Set(matched.map((declared) => declared.category));
  const [shared] = categories;
  return { ...event, category: (categories.size === 1 ? shared : undefined) ?? event.category, inContract: true, contract: verdict(event) };
}

/** The socket library raises its own events (`connect`), so they count as sent. */
function verdict(event: EventReport): ContractStatus {
  const isSent = event.sent.length > 0 || event.status === 'library';
  const isHandled = event.handled.length > 0;
  if (isSent && isHandled) return 'ok';
  if (isSent) return 'missing-handler';
  return isHandled ? 'missing-sender' : 'not-implemented';
}

function declarationKey(event: Pick<EventReport, 'direction' | 'name'>): string {
  return `${event.direction} ${event.name}`;
}
