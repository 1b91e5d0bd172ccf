import type { ChalkInstance } from 'chalk';
import type { ContractStatus, ContractSummary, EventReport, ScanResult } from '../model/result.js';
import { countOf } from './format-count.js';
import { selectEvents } from './format-event-selection.js';
import { sortedLocations } from './format-order.js';
import { escapeControlCharacters } from './format-safe-text.js';
import { locationLabel, sendLocationLabel } from './terminal-labels.js';
import { eventList } from './terminal-lists.js';

/**
 * With a contract: its figures, the events it expects that are never sent or never handled, and
 * the events it does not name. Empty without a contract.
 */
export function contractLists(result: ScanResult, chalk: ChalkInstance): string[][] {
  const { contract, events } = result;
  if (contract === undefined) return [];
  const judged = (...verdicts: ContractStatus[]) =>
    selectEvents(events, {}).filter((event) => event.contract !== undefined && verdicts.includes(event.contract));
  return [
    [contractLine(contract)],
    eventList('Expected but never sent', judged('missing-sender', 'not-implemented'), chalk, (event) => [
      ...directionNote(event),
      ...declaredAt(event),
      ...handledAt(event),
    ]),
    eventList('Expected but never handled', judged('missing-handler', 'not-implemented'), chalk, (event) => [
      ...directionNote(event),
      ...declaredAt(event),
      ...sentAt(event),
    ]),
    eventList('Not in the contract', judged('not-in-contract'), chalk, (event) => [
      ...directionNote(event),
      ...sentAt(event),
      ...handledAt(event),
    ]),
  ];
}

/** `Contract asyncapi.yaml: 9 expected events, 5 sent and handled` */
function contractLine(contract: ContractSummary): string {
  return `Contract ${escapeControlCharacters(contract.file)}: ${countOf(contract.expected, 'expected event')}, ${contract.ok} sent and handled`;
}

/** Server → client is the usual case; the other direction is named, as the lists mix both. */
function directionNote(event: EventReport): string[] {
  return event.direction === 'client-to-server' ? ['client → server'] : [];
}

function declaredAt(event: EventReport): string[] {
  return event.declaredAt === undefined ? [] : [`declared at ${locationLabel(event.declaredAt)}`];
}

function sentAt(event: EventReport): string[] {
  return event.sent.length === 0 ? [] : [`sent at ${sortedLocations(event.sent).map(sendLocationLabel).join(', ')}`];
}

function handledAt(event: EventReport): string[] {
  return event.handled.length === 0 ? [] : [`handled at ${sortedLocations(event.handled).map(locationLabel).join(', ')}`];
}
