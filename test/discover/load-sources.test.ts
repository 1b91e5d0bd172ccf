import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverFiles } from '../../src/discover/discover-files.js';
import { type KnownFacts, loadSources } from '../../src/discover/load-sources.js';
import type { StoredFileFacts } from '../../src/discover/prefilter/select-files.js';
import { makeTempTree } from '../helpers/temp-tree.js';

const SOCKET_CODE = "const ws = new WebSocket('/ws');\nws.onmessage = (event) => console.log(event.data);\n";

async function load(files: Record<string, string>, options: Parameters<typeof loadSources>[2] = {}, prepare?: (root: string) => void) {
  const root = makeTempTree(files);
  prepare?.(root);
  const discovered = await discoverFiles({ roots: [{ side: 'frontend', path: root }], includeTests: false });
  return loadSources(discovered, root, options);
}

describe('loadSources', () => {
  it('skips files over 1 MB by default, and the size limit can be raised or lowered', async () => {
    const files = { 'big.js': `${SOCKET_CODE}${`// ${'x'.repeat(97)}\n`.repeat(13_000)}`, 'small.js': SOCKET_CODE };
    const loaded = await load(files);
    expect(loaded.sources.map((source) => source.path)).toEqual(['small.js']);
    expect(loaded.skipped).toEqual([{ file: 'big.js', reason: 'larger than the size limit (1.3 MB > 1 MB)' }]);
    expect((await load(files, { maxFileSize: 2_000_000 })).sources.map((source) => source.path)).toEqual(['big.js', 'small.js']);
    expect((await load(files, { maxFileSize: 10 })).skipped.map((skip) => skip.reason)).toEqual([
      'larger than the size limit (1.3 MB > 10 B)',
      'larger than the size limit (84 B > 10 B)',
    ]);
  });

  it('skips minified files, whatever their name, with a reason', async () => {
    const loaded = await load({ 'vendor/bundle.js': `${'socket.emit("x",{a:1});'.repeat(200)}\n`, 'app.js': SOCKET_CODE });
    expect(loaded.sources.map((source) => source.path)).toEqual(['app.js']);
    expect(loaded.skipped).toEqual([{ file: 'vendor/bundle.js', reason: 'minified (most of the text is on lines over 500 characters)' }]);
  });

  it('lists what discovery could not read, and empty files are analysed without complaint', async () => {
    const loaded = await load({ 'app.js': SOCKET_CODE, 'empty.js': '', 'types.d.ts': '' }, { prefilter: false }, (root) => {
      fs.symlinkSync(path.join(root, 'app.js'), path.join(root, 'alias.js'));
    });
    expect(loaded.sources.map((source) => source.path)).toEqual(['app.js', 'empty.js']);
    expect(loaded.skipped).toEqual([
      { file: 'alias.js', reason: 'symbolic link (not followed)' },
      { file: 'types.d.ts', reason: 'not a file type ws-gap reads' },
    ]);
  });

  it('lists a file that vanished between discovery and reading as skipped', async () => {
    const root = makeTempTree({ 'app.js': SOCKET_CODE, 'gone.js': SOCKET_CODE });
    const discovered = await discoverFiles({ roots: [{ side: 'frontend', path: root }], includeTests: false });
    fs.rmSync(path.join(root, 'gone.js'));
    const loaded = await loadSources(discovered, root);
    expect(loaded.sources.map((source) => source.path)).toEqual(['app.js']);
    expect(loaded.skipped).toEqual([{ file: 'gone.js', reason: 'cannot be read (ENOENT)' }]);
  });

  it('takes known facts instead of reading a file again, and still reads the files it selects', async () => {
    const root = makeTempTree({
      'socket.js': "import { helper } from './helper.js';\nconst ws = new WebSocket('/ws');\nws.onmessage = helper;\n",
      'helper.js': 'export const helper = (event) => console.log(event.data);\n',
      'plain.js': 'export const sum = (a, b) => a + b;\n',
    });
    const discovered = await discoverFiles({ roots: [{ side: 'frontend', path: root }], includeTests: false });
    const remembered = new Map<string, StoredFileFacts>();
    const known: KnownFacts = { get: (file) => remembered.get(file.absolutePath), remember: (file, facts) => remembered.set(file.absolutePath, facts) };
    const first = await loadSources(discovered, root, { knownFacts: known });
    expect([...remembered.keys()].map((file) => path.basename(file)).sort()).toEqual(['helper.js', 'plain.js', 'socket.js']);
    expect(first.units.map((unit) => unit.sources.map((source) => source.path))).toEqual([['helper.js', 'socket.js']]);

    // A file whose facts are known is not opened: the unselected one can be gone from disk.
    fs.rmSync(path.join(root, 'plain.js'));
    const second = await loadSources(discovered, root, { knownFacts: known });
    expect(second.skipped).toEqual([]);
    expect(second.units).toEqual(first.units);
    expect(second.sources.map((source) => source.text)).toEqual(first.sources.map((source) => source.text));
  });
});
