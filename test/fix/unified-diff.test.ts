import { describe, expect, it } from 'vitest';
import { renderUnifiedDiff, type FileFix, type FixPlan } from '../../src/fix/index.js';

const LETTERS = 'abcdefghijklmnop'.split('');

function fix(file: string, before: string, after: string): FileFix {
  return { file, before, after, byteOrderMark: false, events: ['x'] };
}

function lines(list: readonly string[]): string {
  return list.map((line) => `${line}\n`).join('');
}

describe('renderUnifiedDiff', () => {
  it('writes a hunk per group of changes, with three lines of context and GNU line ranges', () => {
    const after = [...LETTERS.slice(0, 2), 'X1', 'X2', ...LETTERS.slice(2, 14), 'Y', ...LETTERS.slice(14)];
    const plan: FixPlan = { fixes: [fix('src/a.js', lines(LETTERS), lines(after))], notes: [] };
    expect(renderUnifiedDiff(plan)).toBe(
      [
        '--- a/src/a.js',
        '+++ b/src/a.js',
        '@@ -1,5 +1,7 @@',
        ' a', ' b', '+X1', '+X2', ' c', ' d', ' e',
        '@@ -12,5 +14,6 @@',
        ' l', ' m', ' n', '+Y', ' o', ' p',
        '',
      ].join('\n'),
    );
  });

  it('joins changes fewer than seven lines apart into one hunk, and shows a changed line as removed and added', () => {
    const after = ['a', 'B', ...LETTERS.slice(2, 8), 'X', ...LETTERS.slice(8)];
    const plan: FixPlan = { fixes: [fix('src/a.js', lines(LETTERS), lines(after))], notes: [] };
    expect(renderUnifiedDiff(plan)).toBe(
      [
        '--- a/src/a.js',
        '+++ b/src/a.js',
        '@@ -1,11 +1,12 @@',
        ' a', '-b', '+B', ' c', ' d', ' e', ' f', ' g', ' h', '+X', ' i', ' j', ' k',
        '',
      ].join('\n'),
    );
  });

  it('marks a last line without a line break, and keeps CRLF lines as they are, file after file', () => {
    const plan: FixPlan = {
      fixes: [fix('a.js', 'x\nlast', 'x\nlast\nmore'), fix('b.js', 'one\r\ntwo\r\n', 'one\r\nnew\r\ntwo\r\n')],
      notes: [],
    };
    expect(renderUnifiedDiff(plan)).toBe(
      [
        '--- a/a.js',
        '+++ b/a.js',
        '@@ -1,2 +1,3 @@',
        ' x',
        '-last',
        '\\ No newline at end of file',
        '+last',
        '+more',
        '\\ No newline at end of file',
        '--- a/b.js',
        '+++ b/b.js',
        '@@ -1,2 +1,3 @@',
        ' one\r',
        '+new\r',
        ' two\r',
        '',
      ].join('\n'),
    );
  });

  it('puts the notes after the diff, and is empty for an empty plan', () => {
    const plan: FixPlan = {
      fixes: [fix('a.js', 'x\n', 'x\ny\n')],
      notes: [{ kind: 'did-you-mean', event: 'pipline_status', handler: { file: 'static/p.js', line: 3, column: 14 }, suggestion: 'pipeline_status' }],
    };
    expect(renderUnifiedDiff(plan)).toBe(
      "--- a/a.js\n+++ b/a.js\n@@ -1 +1,2 @@\n x\n+y\n\nhandler for 'pipline_status' at static/p.js:3: did you mean 'pipeline_status'?\n",
    );
    expect(renderUnifiedDiff({ ...plan, fixes: [] })).toBe(
      "handler for 'pipline_status' at static/p.js:3: did you mean 'pipeline_status'?\n",
    );
    expect(renderUnifiedDiff({ fixes: [], notes: [] })).toBe('');
  });
});
