/** How a file lays out its text, so inserted code looks like the code around it. */
export interface TextLayout {
  /** The line ending most lines use: `\r\n` or `\n`. */
  eol: string;
  /** One level of indentation: a tab or some spaces. */
  indent: string;
}

const LINE_BREAK = /\r\n|\r|\n/;
/** Used when no line is indented; the reference report's own. */
const DEFAULT_INDENT = '    ';

export function textLayout(text: string): TextLayout {
  return { eol: dominantLineEnding(text), indent: indentUnit(text) };
}

/** The whitespace that starts the line holding `offset`. */
export function lineIndentation(text: string, offset: number): string {
  const start = lineStart(text, offset);
  return /^[ \t]*/.exec(text.slice(start, offset))?.[0] ?? '';
}

/** True when only spaces and tabs come before `offset` on its line. */
export function startsLine(text: string, offset: number): boolean {
  return /^[ \t]*$/.test(text.slice(lineStart(text, offset), offset));
}

/** The offset of the line break ending the line that holds `offset` (the text's length on the last line). */
export function lineEnd(text: string, offset: number): number {
  const match = /\r|\n/.exec(text.slice(offset));
  return match === null ? text.length : offset + match.index;
}

/** True when a line holding only spaces and tabs lies between the two offsets. */
export function hasBlankLineBetween(text: string, from: number, to: number): boolean {
  return text.slice(from, to).split(LINE_BREAK).slice(1, -1).some((line) => /^[ \t]*$/.test(line));
}

function lineStart(text: string, offset: number): number {
  return Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
}

function dominantLineEnding(text: string): string {
  const crlf = text.split('\r\n').length - 1;
  const lf = text.split('\n').length - 1 - crlf;
  return crlf > lf ? '\r\n' : '\n';
}

/**
 * Tabs when more lines start with a tab than with spaces; otherwise the most frequent step by which a
 * line is indented deeper than the line before it (ties → the smaller step).
 */
function indentUnit(text: string): string {
  const steps = new Map<number, number>();
  let tabbed = 0;
  let spaced = 0;
  let previous = 0;
  for (const line of text.split(LINE_BREAK)) {
    // Blank lines say nothing; a block comment's ` * ` lines are offset by one space, not a level.
    if (line.trim() === '' || line.trimStart().startsWith('*')) continue;
    const indentation = /^[ \t]*/.exec(line)?.[0] ?? '';
    if (indentation.startsWith('\t')) tabbed++;
    else if (indentation.length > 0) spaced++;
    if (indentation.includes('\t')) continue;
    const step = indentation.length - previous;
    if (step > 0) steps.set(step, (steps.get(step) ?? 0) + 1);
    previous = indentation.length;
  }
  if (tabbed > spaced) return '\t';
  const [commonest] = [...steps].sort(([a, countA], [b, countB]) => countB - countA || a - b);
  return commonest === undefined ? DEFAULT_INDENT : ' '.repeat(commonest[0]);
}
