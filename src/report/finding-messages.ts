import type { CheckId, Finding, RelatedLocation } from '../model/finding.js';
import { escapeControlCharacters } from './format-safe-text.js';

type MessageTemplate = (finding: Finding) => string;

/** The one place findings are worded; every reporter that shows a finding says it this way. */
const MESSAGES: Readonly<Record<CheckId, MessageTemplate>> = {
  'unhandled-event': (finding) =>
    `The backend sends ${eventName(finding)}, but no frontend code handles it.${placeCount(finding, 'sent from')}`,
  'dead-handler': (finding) =>
    `The frontend handles ${eventName(finding)}, but the backend never sends it.${didYouMean(finding)}${placeCount(finding, 'handled in')}`,
  'unhandled-client-event': (finding) =>
    `The frontend sends ${eventName(finding)}, but no backend code handles it.${placeCount(finding, 'sent from')}`,
  'dead-client-handler': (finding) =>
    `The backend handles ${eventName(finding)}, but the frontend never sends it.${didYouMean(finding)}${placeCount(finding, 'handled in')}`,
  'field-mismatch': (finding) =>
    `The handler of ${eventName(finding)} reads ${quoted(String(finding.arguments.field))}, which no sender puts in the payload` +
    (finding.arguments.closest === undefined ? '.' : ` (did you mean ${quoted(String(finding.arguments.closest))}?).`),
  'contract-payload': contractPayloadMessage,
  'dynamic-name': dynamicNameMessage,
  'skipped-file': (finding) =>
    `ws-gap could not analyse this file (${text(finding.arguments.reason)}), so the events it sends or handles are missing from the results.`,
};

export function findingMessage(finding: Finding): string {
  return MESSAGES[finding.checkId](finding);
}

/** What a related location is, in a few words (`also sent here`). */
export function relatedLocationMessage(related: RelatedLocation): string {
  const pattern = related.pattern === undefined ? undefined : quoted(related.pattern);
  switch (related.label) {
    case 'send-site':
      return pattern === undefined ? 'also sent here' : `may also be sent here, through the pattern ${pattern}`;
    case 'handler-site':
      return pattern === undefined ? 'also handled here' : `may also be handled here, through the pattern ${pattern}`;
    case 'called-from':
      return 'the helper that names the event is called here';
  }
}

function contractPayloadMessage(finding: Finding): string {
  const field = quoted(String(finding.arguments.field));
  if (finding.arguments.problem === 'missing-required') return `This send of ${eventName(finding)} leaves out ${field}, which the contract's payload schema requires.`;
  const who = finding.arguments.side === 'handler' ? 'The handler of' : 'This send of';
  const does = finding.arguments.side === 'handler' ? 'reads' : 'sends';
  return `${who} ${eventName(finding)} ${does} ${field}, which the contract's payload schema does not define.`;
}

/** ` Did you mean 'pipeline_status'?` for a handler whose name is close to a sent one. */
function didYouMean(finding: Finding): string {
  const suggestion = finding.arguments.didYouMean;
  return suggestion === undefined ? '' : ` Did you mean ${quoted(String(suggestion))}?`;
}

/** `'chat_message'`, plus its namespace when it is not the default one. */
function eventName(finding: Finding): string {
  const event = finding.event;
  if (event === undefined) return 'an event';
  const namespace = event.namespace === undefined || event.namespace === '/' ? '' : ` (namespace ${quoted(event.namespace)})`;
  return `${quoted(event.name)}${namespace}`;
}

function placeCount(finding: Finding, verb: string): string {
  const count = Number(finding.arguments.siteCount);
  return count > 1 ? ` It is ${verb} ${count} places.` : '';
}

function dynamicNameMessage(finding: Finding): string {
  const { kind, side, otherSide, matched } = finding.arguments;
  const action = kind === 'send' ? 'sends' : 'handles';
  const pattern = finding.event?.name ?? '*';
  if (pattern === '*') {
    const unknown = `The ${text(side)} ${action} an event whose name ws-gap cannot work out`;
    // A bare `*` names no event (analyze/event-pattern.ts): only catch-all handlers receive it.
    return matched === true ? `${unknown}; only catch-all handlers receive it.` : `${unknown}, so it is not matched against anything.`;
  }
  const known = `The ${text(side)} ${action} an event whose name is computed; ws-gap knows it only as the pattern ${quoted(pattern)}`;
  if (matched === true) return `${known}.`;
  return kind === 'send'
    ? `${known}, which no ${text(otherSide)} handler matches.`
    : `${known}, which matches nothing the ${text(otherSide)} sends.`;
}

function quoted(name: string): string {
  return `'${escapeControlCharacters(name)}'`;
}

function text(value: string | number | boolean | undefined): string {
  return escapeControlCharacters(String(value ?? ''));
}
