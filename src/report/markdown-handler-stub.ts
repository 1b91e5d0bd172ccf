import type { EventReport } from '../model/result.js';
import { compareStrings } from '../util/compare.js';
import { sortedLocations } from './format-order.js';
import { escapeControlCharacters } from './format-safe-text.js';
import type { MarkdownContext } from './markdown-context.js';
import { codeSpan } from './markdown-escape.js';
import { fileLabel } from './markdown-locations.js';
import { isCallableVia, stubTarget, type StubTarget } from './markdown-stub-target.js';

/** The message a type dispatch reads: `msg` in `switch (msg.type)` or `data.type ===`. */
const DISPATCH_SUBJECT = /^(?:switch \()?([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\.type\b/;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const INDENT = '    ';

/** `#### For \`name\` (file)` and a JavaScript handler for an unhandled server event, in a fenced block. */
export function handlerStub(context: MarkdownContext, event: EventReport): string[] {
  const target = stubTarget(context.result.events, event);
  const file = target === undefined ? '' : ` (${fileLabel(context, target.file)})`;
  const code = target === undefined ? orphanStub(event) : targetStub(event, target);
  return [`#### For ${codeSpan(event.name)}${file}`, '```javascript', ...code, '```'];
}

/** Written the way the target file's handlers are: a listener call, a `case`, or an `if` on the type. */
function targetStub(event: EventReport, { file, via }: StubTarget): string[] {
  const where = `// Add to ${escapeControlCharacters(file)}`;
  const name = jsString(event.name);
  if (isCallableVia(via)) return [where, `${via}(${name}, (data) => {`, ...stubBody(event, 'data'), '});'];
  const subject = DISPATCH_SUBJECT.exec(via)?.[1];
  const shownVia = escapeControlCharacters(via);
  if (subject !== undefined && via.startsWith('switch (')) {
    return [`${where}, inside ${shownVia}`, `case ${name}: {`, ...stubBody(event, subject), `${INDENT}break;`, '}'];
  }
  if (subject !== undefined && /={2,3}$/.test(via)) {
    return [where, `if (${shownVia} ${name}) {`, ...stubBody(event, subject), '}'];
  }
  return [`${where}, next to its ${shownVia} handlers`, `// Handle ${name}: ${sentBy(event)}`];
}

function orphanStub(event: EventReport): string[] {
  return [
    '// No frontend file handles WebSocket events yet: add this where messages arrive',
    `// Handle ${jsString(event.name)}: ${sentBy(event)}`,
  ];
}

function stubBody(event: EventReport, subject: string): string[] {
  const keys = payloadKeys(event);
  const logged = keys.length === 0 ? [subject] : keys.map((key) => propertyAccess(subject, key));
  return [
    `${INDENT}// ${capitalised(sentBy(event))}`,
    `${INDENT}console.log(${[jsString(event.name), ...logged].join(', ')});`,
  ];
}

/** `sent by backend/app.py:653 with: timestamp, total_predictions` */
function sentBy(event: EventReport): string {
  const sites = sortedLocations(event.sent).map((site) => `${escapeControlCharacters(site.file)}:${site.line}`);
  const keys = payloadKeys(event);
  const withKeys = keys.length === 0 ? '' : ` with: ${keys.map(escapeControlCharacters).join(', ')}`;
  return `sent by ${sites.join(', ')}${withKeys}`;
}

function capitalised(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

function payloadKeys(event: EventReport): string[] {
  return [...new Set(event.sent.flatMap((site) => site.payloadKeys ?? []))].sort(compareStrings);
}

function propertyAccess(subject: string, key: string): string {
  return IDENTIFIER.test(key) ? `${subject}.${key}` : `${subject}[${jsString(key)}]`;
}

/** A single-quoted JavaScript string; control characters become `\xNN` escapes, which JavaScript reads back. */
function jsString(text: string): string {
  return `'${escapeControlCharacters(text.replace(/[\\']/g, '\\$&'))}'`;
}
