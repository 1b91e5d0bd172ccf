import type { IdentifierTable } from './identifier-table.js';
import { isIdentifierPart, isIdentifierStart } from './javascript-tokens.js';

/**
 * A forgiving Python tokenizer: identifiers and punctuation, grouped into logical lines (brackets
 * and backslashes join physical lines), each with the indentation of its first token. Strings
 * and comments are skipped. It never fails: an unterminated string ends at the end of its line
 * (or of the file, for a triple-quoted one).
 */

/**
 * One logical line's tokens. The same object is filled again for every line, so no object is made
 * per token or per line: read it inside the visit only.
 */
export class PythonLine {
  indent = 0;
  length = 0;
  private readonly values: string[] = [];
  /** Identifier numbers in the table; -1 for punctuation. */
  private readonly ids: number[] = [];

  constructor(private readonly identifiers: IdentifierTable) {}

  /** The identifier or punctuation character at `index`, or undefined past the end. */
  value(index: number): string | undefined {
    return index < this.length ? this.values[index] : undefined;
  }

  /** The identifier at `index`, or undefined for punctuation and past the end. */
  identifier(index: number): string | undefined {
    return index < this.length && (this.ids[index] ?? -1) >= 0 ? this.values[index] : undefined;
  }

  /** The table's flags of the identifier at `index` (0 for punctuation). */
  flags(index: number): number {
    return this.identifiers.flags[this.ids[index] ?? -1] ?? 0;
  }

  pushIdentifier(id: number): void {
    this.push(this.identifiers.names[id] ?? '', id);
  }

  pushPunctuation(character: string): void {
    this.push(character, -1);
  }

  private push(value: string, id: number): void {
    this.values[this.length] = value;
    this.ids[this.length] = id;
    this.length += 1;
  }
}

const NEWLINE = 10;
const BACKSLASH = 92;
const HASH = 35;
const STRING_PREFIX = /^[rRbBuUfF]{1,2}$/;

/** `rb"..."`, `f'...'`: the identifier before a quote is the string's prefix. */
function isStringPrefix(text: string, start: number, end: number): boolean {
  return end - start <= 2 && STRING_PREFIX.test(text.slice(start, end));
}

function isQuote(code: number): boolean {
  return code === 39 || code === 34;
}

function stringEnd(text: string, start: number): number {
  const quote = text.charCodeAt(start);
  const triple = text.charCodeAt(start + 1) === quote && text.charCodeAt(start + 2) === quote;
  if (triple) {
    const delimiter = text.slice(start, start + 3);
    let index = start + 3;
    while (index < text.length) {
      const code = text.charCodeAt(index);
      if (code === BACKSLASH) index += 2;
      else if (text.startsWith(delimiter, index)) return index + 3;
      else index += 1;
    }
    return text.length;
  }
  let index = start + 1;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === BACKSLASH) index += 2;
    else if (code === quote) return index + 1;
    else if (code === NEWLINE) return index;
    else index += 1;
  }
  return text.length;
}

/**
 * Calls `visit` with every logical line of `text` that has at least one token; identifiers are
 * numbered in `identifiers`.
 */
export function forEachPythonLine(text: string, identifiers: IdentifierTable, visit: (line: PythonLine) => void): void {
  const line = new PythonLine(identifiers);
  let lineStart = 0;
  let brackets = 0;
  let index = 0;
  const endLine = () => {
    if (line.length > 0) visit(line);
    line.length = 0;
  };
  const startToken = (at: number) => {
    if (line.length === 0) line.indent = at - lineStart;
  };
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === NEWLINE) {
      index += 1;
      lineStart = index;
      if (brackets === 0) endLine();
    } else if (code === BACKSLASH && text.charCodeAt(index + 1) === NEWLINE) {
      index += 2;
      lineStart = index;
    } else if (code === HASH) {
      const end = text.indexOf('\n', index);
      index = end < 0 ? text.length : end;
    } else if (isQuote(code)) {
      index = stringEnd(text, index);
    } else if (isIdentifierStart(code)) {
      const start = index;
      while (index < text.length && isIdentifierPart(text.charCodeAt(index))) index += 1;
      if (isQuote(text.charCodeAt(index)) && isStringPrefix(text, start, index)) {
        index = stringEnd(text, index);
      } else {
        startToken(start);
        line.pushIdentifier(identifiers.numberAt(text, start, index));
      }
    } else if (code >= 48 && code <= 57) {
      while (index < text.length && (isIdentifierPart(text.charCodeAt(index)) || text.charCodeAt(index) === 46)) index += 1;
    } else if (code <= 32) {
      index += 1;
    } else {
      if (code === 40 || code === 91 || code === 123) brackets += 1;
      else if (code === 41 || code === 93 || code === 125) brackets = Math.max(0, brackets - 1);
      startToken(index);
      line.pushPunctuation(text[index] ?? '');
      index += 1;
    }
  }
  endLine();
}
