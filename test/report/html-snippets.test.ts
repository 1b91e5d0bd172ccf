import { describe, expect, it } from 'vitest';
import { collectSnippets } from '../../src/report/html-snippets.js';
import { makeTempTree } from '../helpers/temp-tree.js';
import { at, event, makeResult } from './make-result.js';

describe('collectSnippets', () => {
  it('keeps the lines around each site, clipped at the start and the end of the file', () => {
    const root = makeTempTree({ 'backend/app.py': ['l1', 'l2', 'l3', 'l4', 'l5', 'l6'].join('\n') });
    const result = makeResult([event('a', { sent: [at('backend/app.py', 1), at('backend/app.py', 4), at('backend/app.py', 6)] })]);
    expect(collectSnippets(result, root)).toEqual(
      new Map([
        ['backend/app.py:1', { firstLine: 1, lines: ['l1', 'l2', 'l3'] }],
        ['backend/app.py:4', { firstLine: 2, lines: ['l2', 'l3', 'l4', 'l5', 'l6'] }],
        ['backend/app.py:6', { firstLine: 4, lines: ['l4', 'l5', 'l6'] }],
      ]),
    );
  });

  it('counts lines as the parsers do: a byte-order mark and CRLF endings change nothing', () => {
    const root = makeTempTree({ 'static/app.js': '\uFEFFfirst\r\nsecond\r\nthird\r\n' });
    const result = makeResult([event('a', { handled: [at('static/app.js', 2)] })]);
    expect(collectSnippets(result, root, 1).get('static/app.js:2')).toEqual({ firstLine: 1, lines: ['first', 'second', 'third'] });
  });

  it('covers handlers, senders and field-mismatch reads, one snippet per line', () => {
    const root = makeTempTree({ 'b.py': 'b1\nb2\n', 's.js': 's1\ns2\ns3\n' });
    const result = makeResult([
      event('a', {
        sent: [at('b.py', 2, { column: 3 }), at('b.py', 2, { column: 9 })],
        handled: [at('s.js', 1)],
        fieldMismatches: [{ file: 's.js', line: 3, column: 4, field: 'x' }],
      }),
    ]);
    expect([...collectSnippets(result, root, 0).entries()]).toEqual([
      ['b.py:2', { firstLine: 2, lines: ['b2'] }],
      ['s.js:1', { firstLine: 1, lines: ['s1'] }],
      ['s.js:3', { firstLine: 3, lines: ['s3'] }],
    ]);
  });

  it('leaves out what it cannot read instead of throwing: a missing file, a line past the end', () => {
    const root = makeTempTree({ 'short.py': 'only\n' });
    const result = makeResult([event('a', { sent: [at('gone.py', 1), at('short.py', 9), at('short.py', 1)] })]);
    expect([...collectSnippets(result, root, 0).keys()]).toEqual(['short.py:1']);
  });
});
