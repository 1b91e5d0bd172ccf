import { handlerCode, jsString, sentBy } from '../fix/handler-stub.js';
import { handlerStyle } from '../fix/handler-style.js';
import { stubTarget, type StubTarget } from '../fix/stub-target.js';
import type { EventReport } from '../model/result.js';
import { escapeControlCharacters } from './format-safe-text.js';
import type { MarkdownContext } from './markdown-context.js';
import { codeSpan } from './markdown-escape.js';
import { fileLabel } from './markdown-locations.js';

/** The reference report's indentation; `ws-gap fix` uses the target file's own. */
const INDENT = '    ';

/** `#### For \`name\` (file)` and a JavaScript handler for an unhandled server event, in a fenced block. */
export function handlerStub(context: MarkdownContext, event: EventReport): string[] {
  const target = stubTarget(context.result.events, event);
  const file = target === undefined ? '' : ` (${fileLabel(context, target.file)})`;
  const code = target === undefined ? orphanStub(event) : targetStub(event, target);
  return [`#### For ${codeSpan(event.name)}${file}`, '```javascript', ...code, '```'];
}

/** The stub `ws-gap fix` inserts, under a line saying where it goes. */
function targetStub(event: EventReport, { file, via }: StubTarget): string[] {
  const where = `// Add to ${escapeControlCharacters(file)}`;
  const shownVia = escapeControlCharacters(via);
  const style = handlerStyle(via);
  if (style === undefined) return [`${where}, next to its ${shownVia} handlers`, `// Handle ${jsString(event.name)}: ${sentBy(event)}`];
  const code = handlerCode(event, style, INDENT);
  return [style.kind === 'switch-case' ? `${where}, inside ${shownVia}` : where, ...code];
}

function orphanStub(event: EventReport): string[] {
  return [
    '// No frontend file handles WebSocket events yet: add this where messages arrive',
    `// Handle ${jsString(event.name)}: ${sentBy(event)}`,
  ];
}
