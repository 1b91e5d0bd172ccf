import type { ContractStatus, EventReport } from '../model/result.js';
import { countOf } from './format-count.js';
import { selectEvents } from './format-event-selection.js';
import type { MarkdownContext } from './markdown-context.js';
import { codeSpan } from './markdown-escape.js';
import { eventName } from './markdown-event-name.js';
import { handledIn, locationLabel, sentAt } from './markdown-locations.js';

/**
 * `## Contract`: the events the contract expects that are never sent or never handled, and the
 * events it does not name. Nothing without a contract.
 */
export function contractSection(context: MarkdownContext): string[][] {
  const { contract, events } = context.result;
  if (contract === undefined) return [];
  const judged = (...verdicts: ContractStatus[]) =>
    selectEvents(events, {}).filter((event) => event.contract !== undefined && verdicts.includes(event.contract));
  const lists: Array<[string, EventReport[]]> = [
    ['Expected But Never Sent', judged('missing-sender', 'not-implemented')],
    ['Expected But Never Handled', judged('missing-handler', 'not-implemented')],
    ['Not In The Contract', judged('not-in-contract')],
  ];
  const figures =
    `The expected events come from ${codeSpan(contract.file)}: **${countOf(contract.expected, 'event')}**, ` +
    `of which **${contract.ok}** ${contract.ok === 1 ? 'is' : 'are'} sent and handled.`;
  return [
    ['## Contract'],
    [figures],
    ...lists
      .filter(([, members]) => members.length > 0)
      .flatMap(([title, members]) => [[`### ${title} (${countOf(members.length, 'event')})`], members.map((event) => eventLine(context, event))]),
  ];
}

/** `` - `name` (frontend → backend) - declared at asyncapi.yaml:12; sent: app.js:40; handled in app.py:7 `` */
function eventLine(context: MarkdownContext, event: EventReport): string {
  const direction = event.direction === 'client-to-server' ? ' (frontend → backend)' : '';
  const parts = [
    event.declaredAt === undefined ? '' : `declared at ${locationLabel(context, event.declaredAt)}`,
    event.sent.length === 0 ? '' : `sent: ${sentAt(context, event)}`,
    event.handled.length === 0 ? '' : `handled in ${handledIn(context, event)}`,
  ].filter((part) => part !== '');
  return `- ${eventName(event)}${direction} - ${parts.join('; ')}`;
}
