/**
 * A forgiving tokenizer for JavaScript, TypeScript and the markup around embedded scripts: it only
 * tells identifiers, strings and punctuation apart (skipping comments, regular expressions and
 * template text) and keeps the brace depth. It never fails: on text that is not code, a string
 * stops at the end of its line and the depth never goes below zero.
 */

export type JavascriptTokenKind = 'identifier' | 'string' | 'punctuation';

/**
 * `start`/`end` index the text; for a string they are its content without the quotes. `word` is
 * the identifier or the punctuation character (empty for a string).
 */
export type JavascriptTokenVisitor = (kind: JavascriptTokenKind, start: number, end: number, depth: number, word: string) => void;

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

/** Keywords after which a `/` starts a regular expression, not a division. */
const REGEX_AFTER_KEYWORDS = new Set(['return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'new', 'delete', 'void', 'throw', 'yield', 'await', 'instanceof']);

export function isIdentifierStart(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95 || code === DOLLAR || code > 127;
}

export function isIdentifierPart(code: number): boolean {
  return isIdentifierStart(code) || (code >= 48 && code <= 57);
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

/** Calls `visit` for every identifier, string and punctuation character of `text`, in order. */
export function forEachJavascriptToken(text: string, visit: JavascriptTokenVisitor): void {
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
      visit('string', index + 1, end, depth, '');
      index = end + 1;
      regexAllowed = false;
    } else if (code === BACKTICK) {
      regexAllowed = false;
      index = templateText(index + 1);
    } else if (isIdentifierStart(code)) {
      const start = index;
      while (index < text.length && isIdentifierPart(text.charCodeAt(index))) index += 1;
      const word = text.slice(start, index);
      visit('identifier', start, index, depth, word);
      regexAllowed = REGEX_AFTER_KEYWORDS.has(word);
    } else if (code >= 48 && code <= 57) {
      while (index < text.length && (isIdentifierPart(text.charCodeAt(index)) || text.charCodeAt(index) === 46)) index += 1;
      regexAllowed = false;
    } else if (code === CLOSE_BRACE && templates.length > 0 && templates.at(-1) === depth - 1) {
      depth = templates.pop() ?? 0;
      regexAllowed = false;
      index = templateText(index + 1);
    } else {
      if (code === CLOSE_BRACE) depth = Math.max(0, depth - 1);
      visit('punctuation', index, index + 1, depth, text[index] ?? '');
      if (code === OPEN_BRACE) depth += 1;
      regexAllowed = code !== 41 && code !== CLOSE_BRACKET;
      index += 1;
    }
  }
}
