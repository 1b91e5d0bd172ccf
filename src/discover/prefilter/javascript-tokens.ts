import type { IdentifierTable } from './identifier-table.js';
import { REGEX_KEYWORD } from './javascript-identifiers.js';

/**
 * A forgiving tokenizer for JavaScript, TypeScript and the markup around embedded scripts: it only
 * tells identifiers, strings and punctuation apart (skipping comments, regular expressions and
 * template text) and keeps the brace depth. It never fails: on text that is not code, a string
 * stops at the end of its line and the depth never goes below zero.
 */

/** What the tokenizer finds, in the order it finds it. */
export interface JavascriptTokenVisitor {
  /** An identifier, by its number in the table; `end` indexes the text after it. */
  identifier(id: number, end: number, depth: number): void;
  /** A string whose content (without the quotes) is `text.slice(start, end)`. */
  string(start: number, end: number): void;
  /** A punctuation character. */
  punctuation(character: string): void;
}

const NEWLINE = 10;
const SLASH = 47;
const STAR = 42;
const BACKSLASH = 92;
const BACKTICK = 96;
const DOLLAR = 36;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;

const IDENTIFIER_START = 1;
const IDENTIFIER_PART = 2;

/** What each ASCII character can be in an identifier (any other character can be either). */
const ASCII_IDENTIFIER = Uint8Array.from({ length: 128 }, (_, code) => {
  const letter = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95 || code === DOLLAR;
  const digit = code >= 48 && code <= 57;
  return (letter ? IDENTIFIER_START | IDENTIFIER_PART : 0) | (digit ? IDENTIFIER_PART : 0);
});

export function isIdentifierStart(code: number): boolean {
  return code > 127 || ((ASCII_IDENTIFIER[code] ?? 0) & IDENTIFIER_START) !== 0;
}

export function isIdentifierPart(code: number): boolean {
  return code > 127 || ((ASCII_IDENTIFIER[code] ?? 0) & IDENTIFIER_PART) !== 0;
}

function isSpace(code: number): boolean {
  return code === 32 || code === NEWLINE || code === 9 || code === 13 || code === 12 || code === 11 || code === 0xfeff;
}

/** Index after a quoted string that started at `start` (the quote): at the closing quote or the line end. */
function stringEnd(text: string, start: number, quote: number): number {
  let index = start + 1;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === BACKSLASH) index += 2;
    else if (code === quote || code === NEWLINE) return index;
    else index += 1;
  }
  return text.length;
}

/** Index after a regular expression literal starting at `start` (the slash), flags included. */
function regexEnd(text: string, start: number): number {
  let index = start + 1;
  let inClass = false;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === NEWLINE) return index;
    if (code === BACKSLASH) index += 2;
    else if (code === OPEN_BRACKET) (inClass = true), (index += 1);
    else if (code === CLOSE_BRACKET) (inClass = false), (index += 1);
    else if (code === SLASH && !inClass) break;
    else index += 1;
  }
  index += 1;
  while (index < text.length && isIdentifierPart(text.charCodeAt(index))) index += 1;
  return index;
}

/**
 * Calls `visit` for every identifier, string and punctuation character of `text`, in order;
 * identifiers are numbered in `identifiers`.
 */
export function forEachJavascriptToken(text: string, identifiers: IdentifierTable, visit: JavascriptTokenVisitor): void {
  /** Brace depths at which an open template literal resumes (`${ ... }`). */
  const templates: number[] = [];
  let depth = 0;
  let regexAllowed = true;
  let index = 0;

  const templateText = (from: number): number => {
    let position = from;
    while (position < text.length) {
      const code = text.charCodeAt(position);
      if (code === BACKSLASH) position += 2;
      else if (code === BACKTICK) return position + 1;
      else if (code === DOLLAR && text.charCodeAt(position + 1) === OPEN_BRACE) {
        templates.push(depth);
        depth += 1;
        regexAllowed = true;
        return position + 2;
      } else position += 1;
    }
    return text.length;
  };

  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (isSpace(code)) {
      index += 1;
    } else if (code === SLASH && text.charCodeAt(index + 1) === SLASH) {
      const end = text.indexOf('\n', index);
      index = end < 0 ? text.length : end;
    } else if (code === SLASH && text.charCodeAt(index + 1) === STAR) {
      const end = text.indexOf('*/', index + 2);
      index = end < 0 ? text.length : end + 2;
    } else if (code === SLASH && regexAllowed) {
      index = regexEnd(text, index);
      regexAllowed = false;
    } else if (code === 39 || code === 34) {
      const end = stringEnd(text, index, code);
      visit.string(index + 1, end);
      index = end + 1;
      regexAllowed = false;
    } else if (code === BACKTICK) {
      regexAllowed = false;
      index = templateText(index + 1);
    } else if (isIdentifierStart(code)) {
      const start = index;
      while (index < text.length && isIdentifierPart(text.charCodeAt(index))) index += 1;
      const id = identifiers.numberAt(text, start, index);
      visit.identifier(id, index, depth);
      regexAllowed = ((identifiers.flags[id] ?? 0) & REGEX_KEYWORD) !== 0;
    } else if (code >= 48 && code <= 57) {
      while (index < text.length && (isIdentifierPart(text.charCodeAt(index)) || text.charCodeAt(index) === 46)) index += 1;
      regexAllowed = false;
    } else if (code === CLOSE_BRACE && templates.length > 0 && templates.at(-1) === depth - 1) {
      depth = templates.pop() ?? 0;
      regexAllowed = false;
      index = templateText(index + 1);
    } else {
      if (code === CLOSE_BRACE) depth = Math.max(0, depth - 1);
      visit.punctuation(text[index] ?? '');
      if (code === OPEN_BRACE) depth += 1;
      regexAllowed = code !== 41 && code !== CLOSE_BRACKET;
      index += 1;
    }
  }
}
