import { describe, expect, it } from 'vitest';

import { startOf } from '../../../src/extract/javascript/ast.js';
import { parseJavascript } from '../../../src/extract/javascript/parse.js';
import { ParsedFile } from '../../../src/extract/javascript/parsed-file.js';
import { sourceFile } from './extract-sources.js';

function parsed(path: string, text: string): ParsedFile {
  const outcome = parseJavascript(sourceFile({ path, text }));
  if (!outcome.ok) throw new Error(outcome.reason);
  return new ParsedFile(sourceFile({ path, text }), outcome.ast, outcome.text);
}

/** Line breaks of every kind, inside comments, strings, templates and JSX, and lines no node starts on. */
const TRICKY = [
  '/* a comment\r\n over\u2028 lines */',
  "const a = 'x\\\r\ny'; const b = 'sep\u2028par\u2029';",
  '',
  'const c = `one\rtwo\r\nthree ${a}\n four`;',
  '// 😀 a comment line',
  'const el = <div>\r\n  text {b}\u2028 more\r\n</div>;',
  "\tsocket.on('é😀', () => c);",
].join('\r\n');

describe('line starts', () => {
  it('gives every node the line and column Babel gave it', () => {
    const file = parsed('src/tricky.jsx', TRICKY);
    const fromBabel = file.nodes.map((node) => startOf(node));
    file.dropLocations();
    expect(file.nodes.map((node) => file.startOf(node))).toEqual(fromBabel);
  });

  it('reads lines and UTF-16 columns after the locations are dropped', () => {
    const file = parsed('src/tricky.jsx', TRICKY);
    file.dropLocations();
    const literals = file.nodes.filter((node) => node.type === 'StringLiteral');
    expect(literals.map((node) => file.startOf(node))).toEqual([
      { line: 4, column: 11 },
      { line: 5, column: 15 },
      { line: 18, column: 12 },
    ]);
  });
});
