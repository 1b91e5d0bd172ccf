import { describe, expect, it } from 'vitest';
import { applySuppressions } from '../../src/analyze/suppressions.js';
import type { SourceFile } from '../../src/model/source-file.js';
import { serverSend } from '../helpers/make-site.js';

const source = (path: string, text: string): SourceFile => ({ path, absolutePath: `/x/${path}`, side: 'backend', language: 'python', text });

const TEXT = [
  'async def a():',
  '    # ws-gap-ignore',
  '    await m.broadcast_json({"type": "one"})',
  '    await m.broadcast_json({"type": "two"})  # ws-gap-ignore: two -- sent to the mobile app',
  '    # ws-gap-ignore: other',
  '    await m.broadcast_json({"type": "three"})',
  '    await m.broadcast_json({"type": "four"})',
].join('\r\n');

describe('applySuppressions', () => {
  const sites = applySuppressions(
    [
      serverSend('one', { file: 'a.py', line: 3 }),
      serverSend('two', { file: 'a.py', line: 4 }),
      serverSend('three', { file: 'a.py', line: 6 }),
      serverSend('four', { file: 'a.py', line: 7 }),
      serverSend('elsewhere', { file: 'b.py', line: 3 }),
    ],
    [source('a.py', TEXT)],
  );

  it('silences a site with a directive on its line or the line above, with the reason', () => {
    expect(sites.map((site) => [site.name, site.suppressed])).toEqual([
      ['one', { line: 2 }],
      ['two', { line: 4, reason: 'sent to the mobile app' }],
      ['three', undefined],
      ['four', undefined],
      ['elsewhere', undefined],
    ]);
  });

  it('reads `//`, `/* */` and `<!-- -->` comments too', () => {
    const js = source('a.js', "// ws-gap-ignore\nsocket.on('x', f);\nsocket.on('y', f); /* ws-gap-ignore: y */\n<!-- ws-gap-ignore -- legacy -->\nsocket.on('z', f);");
    const marked = applySuppressions(
      [serverSend('x', { file: 'a.js', line: 2 }), serverSend('y', { file: 'a.js', line: 3 }), serverSend('z', { file: 'a.js', line: 5 })],
      [js],
    );
    expect(marked.map((site) => site.suppressed)).toEqual([{ line: 1 }, { line: 3 }, { line: 4, reason: 'legacy' }]);
  });
});
