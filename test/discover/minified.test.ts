import { describe, expect, it } from 'vitest';
import { minifiedReason } from '../../src/discover/minified.js';

const REASON = 'minified (most of the text is on lines over 500 characters)';

describe('minifiedReason', () => {
  it('calls a bundle on one long line minified', () => {
    expect(minifiedReason(`!function(e){${'e.on("x",function(){});'.repeat(100)}}();\n`)).toBe(REASON);
  });

  it('leaves hand-written code alone, even with one long line in it', () => {
    const code = Array.from({ length: 200 }, (_, index) => `const value${index} = compute(${index});`).join('\n');
    expect(minifiedReason(`${code}\nconst data = "${'x'.repeat(900)}";\n`)).toBeUndefined();
  });

  it('counts a lone carriage return as a line break', () => {
    const code = Array.from({ length: 100 }, (_, index) => `x${index} = ${index}`).join('\r');
    expect(minifiedReason(code)).toBeUndefined();
  });

  it('does not count the \\r of a \\r\\n into the line', () => {
    expect(minifiedReason(`${'a'.repeat(500)}\r\n`.repeat(3))).toBeUndefined();
    expect(minifiedReason(`${'a'.repeat(501)}\r\n`.repeat(3))).toBe(REASON);
  });

  it('leaves short files alone', () => {
    expect(minifiedReason('a'.repeat(500))).toBeUndefined();
  });
});
