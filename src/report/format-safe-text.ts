/**
 * C0, DEL and C1 control characters, plus the invisible characters that reorder text or break lines
 * (bidi controls, U+2028/U+2029): an event name or path taken from scanned code must not be able to
 * move the cursor, recolour the terminal or disguise itself in a report.
 */
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Replaces every unsafe character with a visible escape: `\x1b`, `\u202e`. */
export function escapeControlCharacters(text: string): string {
  return text.replace(UNSAFE_CHARACTERS, (character) => {
    const code = character.charCodeAt(0);
    return code <= 0xff ? `\\x${hexDigits(code, 2)}` : `\\u${hexDigits(code, 4)}`;
  });
}

function hexDigits(code: number, width: number): string {
  return code.toString(16).padStart(width, '0');
}
