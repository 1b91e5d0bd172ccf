/** Longer lines than this are not written by hand. */
const LONG_LINE = 500;

/** Characters of `text` on lines longer than `LONG_LINE` (`\n`, `\r\n` and a lone `\r` all end a line). */
function charactersOnLongLines(text: string): number {
  let total = 0;
  let lineStart = 0;
  let carriageReturn = text.indexOf('\r');
  for (;;) {
    if (carriageReturn >= 0 && carriageReturn < lineStart) carriageReturn = text.indexOf('\r', lineStart);
    const newline = text.indexOf('\n', lineStart);
    let lineEnd = newline < 0 ? text.length : newline;
    if (carriageReturn >= 0 && carriageReturn < lineEnd) lineEnd = carriageReturn;
    if (lineEnd - lineStart > LONG_LINE) total += lineEnd - lineStart;
    if (lineEnd >= text.length) return total;
    lineStart = lineEnd + 1;
  }
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
