import type { Node } from 'web-tree-sitter';
import { type NamePart, UNKNOWN_PART } from './glob.js';

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\', "'": "'", '"': '"', n: '\n', t: '\t', r: '\r', '0': '\0', a: '\x07', b: '\b', f: '\f', v: '\v',
};

/**
 * The parts of a `string` node's value: text, with one unknown part per f-string interpolation.
 * Escapes are decoded as Python does (raw strings keep them).
 */
export function stringParts(node: Node): NamePart[] {
  const prefix = node.firstChild?.text ?? '';
  const raw = /r/i.test(prefix);
  const parts: NamePart[] = [];
  for (const child of node.namedChildren) {
    if (child.type === 'string_content') parts.push(contentText(child, raw));
    else if (child.type === 'interpolation') parts.push(UNKNOWN_PART);
  }
  return parts;
}

/** The value of a plain string literal (no interpolation), else undefined. */
export function literalString(node: Node): string | undefined {
  if (node.type !== 'string') return undefined;
  const parts = stringParts(node);
  return parts.includes(UNKNOWN_PART) ? undefined : parts.join('');
}

function contentText(content: Node, raw: boolean): string {
  const text = content.text;
  let value = '';
  let offset = 0;
  for (const escape of content.namedChildren) {
    const start = escape.startIndex - content.startIndex;
    value += text.slice(offset, start);
    value += escape.type === 'escape_interpolation' ? escape.text.charAt(0) : decodeEscape(escape.text, raw);
    offset = escape.endIndex - content.startIndex;
  }
  return value + text.slice(offset);
}

function decodeEscape(escape: string, raw: boolean): string {
  if (raw) return escape;
  const kind = escape.charAt(1);
  const simple = SIMPLE_ESCAPES[kind];
  if (simple !== undefined && escape.length === 2) return simple;
  if (kind === '\n' || kind === '\r') return '';
  if ('xuU'.includes(kind)) {
    const codePoint = Number.parseInt(escape.slice(2), 16);
    if (Number.isFinite(codePoint) && codePoint <= 0x10ffff) return String.fromCodePoint(codePoint);
  }
  return escape;
}
