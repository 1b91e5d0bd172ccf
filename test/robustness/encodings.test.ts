import { describe, expect, it } from 'vitest';
import { discoverFiles } from '../../src/discover/discover-files.js';
import { loadSources } from '../../src/discover/load-sources.js';
import { extractSites } from '../../src/extract/index.js';
import { makeTempTree } from '../helpers/temp-tree.js';

const PYTHON = ['import socketio', 'sio = socketio.AsyncServer()', '', 'async def tick():', '    await sio.emit("tick", {})', ''];
const JAVASCRIPT = ["const socket = io('/live');", '', "socket.on('tock', () => {});", ''];
const HTML = ['<html>', '<body>', '<script>', "  const ws = new WebSocket('/ws');", "  ws.send(JSON.stringify({ type: 'ping' }));", '</script>', '</body>', '</html>', ''];

const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16le = (text: string) => Uint8Array.from([0xff, 0xfe, ...[...text].flatMap((character) => {
  const code = character.charCodeAt(0);
  return [code & 0xff, code >> 8];
})]);
const utf16be = (text: string) => Uint8Array.from([0xfe, 0xff, ...[...text].flatMap((character) => {
  const code = character.charCodeAt(0);
  return [code >> 8, code & 0xff];
})]);

/** Scans the files (written as the given bytes) and lists every site and skipped file. */
async function scan(files: Record<string, Uint8Array>) {
  const root = makeTempTree(files);
  const discovered = await discoverFiles({ roots: [{ side: 'backend', path: root }], includeTests: false });
  const loaded = await loadSources(discovered, root);
  const { sites, skipped } = await extractSites(loaded.sources);
  return {
    sites: sites.map((site) => `${site.name} ${site.file}:${site.line}:${site.column}`),
    skipped: [...loaded.skipped, ...skipped].map((entry) => `${entry.file}: ${entry.reason}`),
  };
}

const lines = (text: readonly string[], ending: string) => text.join(ending);

describe('encodings and line ends: line numbers stay exact', () => {
  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR only', '\r'],
  ])('%s line ends in Python, JavaScript and HTML', async (_, ending) => {
    const result = await scan({
      'server.py': utf8(lines(PYTHON, ending)),
      'client.js': utf8(lines(JAVASCRIPT, ending)),
      'page.html': utf8(lines(HTML, ending)),
    });
    expect(result.sites).toEqual(['tock client.js:3:11', 'ping page.html:5:34', 'tick server.py:5:20']);
    expect(result.skipped).toEqual([]);
  });

  it('a UTF-8 byte-order mark does not shift line 1 or any column', async () => {
    const result = await scan({
      'server.py': utf8(`\uFEFF${lines(PYTHON, '\n')}`),
      'client.js': utf8(`\uFEFFsocket.emit('first', {});\n`),
    });
    expect(result.sites).toEqual(['first client.js:1:13', 'tick server.py:5:20']);
  });

  it('UTF-16 with a byte-order mark, both byte orders, is decoded', async () => {
    const result = await scan({
      'le.py': utf16le(lines(PYTHON, '\r\n')),
      'be.js': utf16be(lines(JAVASCRIPT, '\n')),
    });
    expect(result.sites).toEqual(['tock be.js:3:11', 'tick le.py:5:20']);
  });

  it('columns count UTF-16 code units, as editors do, after accents and emoji', async () => {
    const result = await scan({ 'client.js': utf8("const label = 'café 😀'; socket.emit('after_emoji', {});\n") });
    expect(result.sites).toEqual(['after_emoji client.js:1:38']);
  });

  it('invalid UTF-8 is skipped with a reason, and the other files are still analysed', async () => {
    const broken = Uint8Array.from([...utf8("socket.emit('hidden');\n// "), 0xc3, 0x28, 0x0a]);
    const result = await scan({ 'broken.js': broken, 'client.js': utf8(lines(JAVASCRIPT, '\n')) });
    expect(result.sites).toEqual(['tock client.js:3:11']);
    expect(result.skipped).toEqual(['broken.js: not valid UTF-8 text']);
  });
});
