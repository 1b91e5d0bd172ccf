import { describe, expect, it } from 'vitest';

import { briefSites, extract } from './extract-sources.js';

describe('parsing', () => {
  it('counts CRLF lines once and columns in UTF-16 units, with or without a byte-order mark', async () => {
    const lines = ['// héllo 😀', "const label = '😀'; socket.on('crlf_event', f);", "socket.on('second', f);"];
    const expected = [
      { name: 'crlf_event', kind: 'handle', scope: 'wire', line: 2, column: 31, via: 'socket.on' },
      { name: 'second', kind: 'handle', scope: 'wire', line: 3, column: 11, via: 'socket.on' },
    ];
    expect(await briefSites({ path: 'src/crlf.js', text: lines.join('\r\n') })).toEqual(expected);
    expect(await briefSites({ path: 'src/bom.js', text: `\uFEFF${lines.join('\r\n')}` })).toEqual(expected);
  });

  it('skips a file Babel cannot recover with its message, and still analyses the others', async () => {
    const broken = ['function ok() {', "  socket.on('kept', f);", '}', 'const = ;'].join('\n');
    const fine = "socket.on('other_file', f);";
    const result = await extract({ path: 'src/broken.js', text: broken }, { path: 'src/fine.js', text: fine });
    expect(result.skipped).toEqual([{ file: 'src/broken.js', reason: 'Unexpected token (4:6)' }]);
    expect(result.sites.map((site) => [site.file, site.name])).toEqual([['src/fine.js', 'other_file']]);
  });

  it('keeps the sites of a file with recoverable errors', async () => {
    const text = ["socket.on('before', f);", 'const a = 1; const a = 2;', "socket.on('after', f);"].join('\n');
    const result = await extract({ path: 'src/recover.js', text });
    expect(result.skipped).toEqual([]);
    expect(result.sites.map((site) => [site.name, site.line])).toEqual([['before', 1], ['after', 3]]);
  });

  it('parses TypeScript with decorators, generics and JSX', async () => {
    const ts = [
      '@Injectable()',
      'export class Live {',
      '  private socket = io<ServerEvents>(url);',
      "  start(): void { this.socket.on('ts_event', (d: Payload) => d); }",
      '}',
    ].join('\n');
    const tsx = ["export const Panel = () => {", "  useEffect(() => { socket.on('tsx_event', f); }, []);", '  return <div>{1}</div>;', '};'].join('\n');
    const jsx = "socket.on('jsx_event', f); const el = <b/>;";
    expect(
      await briefSites({ path: 'src/live.ts', text: ts }, { path: 'src/panel.tsx', text: tsx }, { path: 'src/view.jsx', text: jsx }),
    ).toEqual([
      { name: 'ts_event', kind: 'handle', scope: 'wire', line: 4, column: 34, via: 'this.socket.on' },
      { name: 'tsx_event', kind: 'handle', scope: 'wire', line: 2, column: 31, via: 'socket.on' },
      { name: 'jsx_event', kind: 'handle', scope: 'wire', line: 1, column: 11, via: 'socket.on' },
    ]);
  });

  it('falls back to Flow for a Flow-typed .js file', async () => {
    const text = ['// @flow', 'type Msg = {| type: string |};', "socket.on('flow_event', (m: Msg) => {});"].join('\n');
    expect(await briefSites({ path: 'src/flow.js', text })).toEqual([
      { name: 'flow_event', kind: 'handle', scope: 'wire', line: 3, column: 11, via: 'socket.on' },
    ]);
  });

  it('returns sites sorted by file, line and column whatever the input order', async () => {
    const { sites } = await extract(
      { path: 'b.js', text: "socket.on('b2', f); socket.on('b1', f);" },
      { path: 'a.js', text: "socket.on('a', f);" },
    );
    expect(sites.map((site) => [site.file, site.name, site.column])).toEqual([['a.js', 'a', 11], ['b.js', 'b2', 11], ['b.js', 'b1', 31]]);
  });
});

describe('robustness', () => {
  it('ends reference cycles instead of looping', async () => {
    const a = [
      "import { x } from './b';",
      'export { x };',
      'let p = `${q}`; let q = `${p}`;',
      'let m = {}; m = JSON.stringify(m);',
      'let o = {}; o = { ...o };',
      'socket.on(x, f); socket.on(p, f); socket.on(o.k, f);',
      'ws.send(m);',
    ].join('\n');
    const b = ["import { x } from './a';", 'export { x };'].join('\n');
    const { sites, skipped } = await extract({ path: 'a.js', text: a }, { path: 'b.js', text: b });
    expect(skipped).toEqual([]);
    expect(sites.map((site) => [site.name, site.dynamic, site.line, site.column, site.via])).toEqual([
      ['*', true, 4, 9, 'ws.send'],
      ['*', true, 6, 11, 'socket.on'],
      ['*', true, 6, 28, 'socket.on'],
      ['*', true, 6, 45, 'socket.on'],
    ]);
  });
});
