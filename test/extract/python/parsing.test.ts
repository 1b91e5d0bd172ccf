import { describe, expect, it } from 'vitest';
import { brief, extractPython, lines } from './python-sources.js';

describe('python parsing: line endings and broken files', () => {
  it('counts lines exactly in CRLF files', async () => {
    const { sites } = await extractPython({
      'app/crlf.py': [
        'import json',
        '',
        'async def f(ws):',
        '    """Multi-line',
        '    docstring."""',
        '    await ws.send_text(json.dumps({"type": "first", "k": 1}))',
        '    await ws.send_json({"type": "second"})',
        '',
      ].join('\r\n'),
    });
    expect(sites.map(brief)).toEqual([
      { name: 'first', dynamic: false, kind: 'send', line: 6, column: 44, via: 'ws.send_text' },
      { name: 'second', dynamic: false, kind: 'send', line: 7, column: 33, via: 'ws.send_json' },
    ]);
  });

  it('still finds the sites around a function with a syntax error', async () => {
    const result = await extractPython({
      'app/partly.py': lines(
        'async def before(ws):',
        '    await ws.send_json({"type": "before"})',
        '',
        'def broken():',
        '    x = = 1',
        '',
        'async def after(ws):',
        '    await ws.send_json({"type": "after"})',
      ),
    });
    expect(result.skipped).toEqual([]);
    expect(result.sites.map((site) => [site.name, site.line, site.column, site.enclosingFunction])).toEqual([
      ['before', 2, 33, 'before'],
      ['after', 8, 33, 'after'],
    ]);
  });

  it('skips a file that is not Python with the line of the error, and analyses the others', async () => {
    const result = await extractPython({
      'app/garbage.py': '\n}}}} @@@ ))) <<<>>> !!! ??? ~~~\n',
      'app/fine.py': lines('async def f(ws):', '    await ws.send_json({"type": "fine"})'),
    });
    expect(result.skipped).toEqual([{ file: 'app/garbage.py', reason: 'syntax error at line 2' }]);
    expect(result.sites.map((site) => [site.file, site.name])).toEqual([['app/fine.py', 'fine']]);
  });

  it('returns nothing for an empty file', async () => {
    expect(await extractPython({ 'app/empty.py': '' })).toEqual({ sites: [], skipped: [] });
  });
});
