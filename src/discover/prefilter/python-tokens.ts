import { isIdentifierPart, isIdentifierStart } from './javascript-tokens.js';

/**
 * A forgiving Python tokenizer: identifiers and punctuation, grouped into logical lines (brackets
 * and backslashes join physical lines), each with the indentation of its first token. Strings
 * and comments are skipped. It never fails: an unterminated string ends at the end of its line
 * (or of the file, for a triple-quoted one).
 */

export interface PythonToken {
  kind: 'identifier' | 'punctuation';
  value: string;
}

export interface PythonLine {
  indent: number;
  tokens: PythonToken[];
}

const NEWLINE = 10;
const BACKSLASH = 92;
const HASH = 35;
const STRING_PREFIX = /^[rRbBuUfF]{1,2}$/;

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

/** Calls `visit` with every logical line of `text` that has at least one token. */
export function forEachPythonLine(text: string, visit: (line: PythonLine) => void): void {
  let tokens: PythonToken[] = [];
  let indent = 0;
  let lineStart = 0;
  let brackets = 0;
  let index = 0;
  const endLine = () => {
    if (tokens.length > 0) visit({ indent, tokens });
    tokens = [];
  };
  const push = (token: PythonToken, at: number) => {
    if (tokens.length === 0) indent = at - lineStart;
    tokens.push(token);
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
      const value = text.slice(start, index);
      if (STRING_PREFIX.test(value) && isQuote(text.charCodeAt(index))) index = stringEnd(text, index);
      else push({ kind: 'identifier', value }, start);
    } else if (code >= 48 && code <= 57) {
      while (index < text.length && (isIdentifierPart(text.charCodeAt(index)) || text.charCodeAt(index) === 46)) index += 1;
    } else if (code <= 32) {
      index += 1;
    } else {
      const value = text[index] ?? '';
      if ('([{'.includes(value)) brackets += 1;
      if (')]}'.includes(value)) brackets = Math.max(0, brackets - 1);
      push({ kind: 'punctuation', value }, index);
      index += 1;
    }
  }
  endLine();
}
