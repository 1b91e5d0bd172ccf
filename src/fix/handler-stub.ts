import type { EventReport } from '../model/result.js';
import { sortedLocations } from '../report/format-order.js';
import { escapeControlCharacters } from '../report/format-safe-text.js';
import { compareStrings } from '../util/compare.js';
import type { HandlerStyle } from './handler-style.js';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
/** What a listener's callback calls its payload. */
const LISTENER_PAYLOAD = 'data';

/**
 * A handler for `event` written in `style`, as lines indented from column 0 with `indent` per level:
 * it says where the event is sent from and logs the payload keys the backend sends.
 */
export function handlerCode(event: EventReport, style: HandlerStyle, indent: string): string[] {
  const name = jsString(event.name);
  switch (style.kind) {
    case 'listener':
      return [`${style.via}(${name}, (${LISTENER_PAYLOAD}) => {`, ...stubBody(event, LISTENER_PAYLOAD, indent), '});'];
    case 'switch-case':
      return [`case ${name}: {`, ...stubBody(event, style.subject, indent), `${indent}break;`, '}'];
    case 'if-type':
      return [`if (${escapeControlCharacters(style.via)} ${name}) {`, ...stubBody(event, style.subject, indent), '}'];
  }
}

/** `sent by backend/app.py:653 with: timestamp, total_predictions` */
export function sentBy(event: EventReport): string {
  const sites = sortedLocations(event.sent).map((site) => `${escapeControlCharacters(site.file)}:${site.line}`);
  const keys = payloadKeys(event);
  const withKeys = keys.length === 0 ? '' : ` with: ${keys.map(escapeControlCharacters).join(', ')}`;
  return `sent by ${sites.join(', ')}${withKeys}`;
}

/** A single-quoted JavaScript string; control characters become `\xNN` escapes, which JavaScript reads back. */
export function jsString(text: string): string {
  return `'${escapeControlCharacters(text.replace(/[\\']/g, '\\$&'))}'`;
}

function stubBody(event: EventReport, subject: string, indent: string): string[] {
  const keys = payloadKeys(event);
  const logged = keys.length === 0 ? [subject] : keys.map((key) => payloadAccess(subject, key));
  return [
    `${indent}// ${capitalised(sentBy(event))}`,
    `${indent}console.log(${[jsString(event.name), ...logged].join(', ')});`,
  ];
}

function capitalised(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

function payloadKeys(event: EventReport): string[] {
  return [...new Set(event.sent.flatMap((site) => site.payloadKeys ?? []))].sort(compareStrings);
}

/** `data.total_predictions`, `data['user-id']`; a nested key (`data.pipeline_id`) is a path. */
function payloadAccess(subject: string, key: string): string {
  return key
    .split('.')
    .reduce((code, part) => (IDENTIFIER.test(part) ? `${code}.${part}` : `${code}[${jsString(part)}]`), subject);
}
