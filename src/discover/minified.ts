/** Longer lines than this are not written by hand. */
const LONG_LINE = 500;

/** Characters of `text` on lines longer than `LONG_LINE` (`\n`, `\r\n` and a lone `\r` all end a line). */
function charactersOnLongLines(text: string): number {
  let total = 0;
  let lineStart = 0;
  for (let index = 0; index <= text.length; index += 1) {
    const code = index < text.length ? text.charCodeAt(index) : 10;
    if (code !== 10 && code !== 13) continue;
    if (index - lineStart > LONG_LINE) total += index - lineStart;
    lineStart = index + 1;
  }
  return total;
}

/**
 * Why a text looks minified (or otherwise machine-written), or undefined: most of it sits on lines
 * longer than anyone types. Such files are skipped: bundles hold copies of libraries, not the
 * project's own event wiring, and parsing them costs more than the rest of the project.
 */
export function minifiedReason(text: string): string | undefined {
  if (text.length <= LONG_LINE) return undefined;
  return charactersOnLongLines(text) * 2 > text.length
    ? `minified (most of the text is on lines over ${LONG_LINE} characters)`
    : undefined;
}
