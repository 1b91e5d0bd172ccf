import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverFiles } from '../../src/discover/discover-files.js';
import { UsageError } from '../../src/errors.js';
import { makeTempTree } from '../helpers/temp-tree.js';

const relative = (root: string, files: Awaited<ReturnType<typeof discoverFiles>>) =>
  files.map((file) => `${file.side} ${path.relative(root, file.absolutePath).split(path.sep).join('/')}${file.skipReason ? ` (${file.skipReason})` : ''}`);
const isRoot = process.getuid?.() === 0;

describe('discoverFiles', () => {
  const tree = () =>
    makeTempTree({
      'backend/app.py': '',
      'backend/tests/test_ws.py': '',
      'backend/conftest.py': '',
      'backend/.venv/lib/x.py': '',
      'backend/__pycache__/app.py': '',
      'backend/notes.txt': '',
      'static/js/app.js': '',
      'static/js/app.test.js': '',
      'static/js/vendor.min.js': '',
      'static/node_modules/lib/index.js': '',
      'static/dist/bundle.js': '',
      'static/index.html': '',
      'static/types.d.ts': '',
    });

  it('finds source files and leaves out dependencies, builds, minified and test code', async () => {
    const root = tree();
    const roots = [
      { side: 'backend' as const, path: path.join(root, 'backend') },
      { side: 'frontend' as const, path: path.join(root, 'static') },
    ];
    expect(relative(root, await discoverFiles({ roots, includeTests: false }))).toEqual([
      'backend backend/app.py',
      'frontend static/index.html',
      'frontend static/js/app.js',
      'frontend static/types.d.ts',
    ]);
  });

  it('brings test code back with includeTests', async () => {
    const root = tree();
    const roots = [{ side: 'backend' as const, path: path.join(root, 'backend') }];
    expect(relative(root, await discoverFiles({ roots, includeTests: true }))).toEqual([
      'backend backend/app.py',
      'backend backend/conftest.py',
      'backend backend/tests/test_ws.py',
    ]);
  });

  it('gives files under a nested root to the inner root only', async () => {
    const root = makeTempTree({ 'app/server.js': '', 'app/public/client.js': '' });
    const roots = [
      { side: 'backend' as const, path: path.join(root, 'app') },
      { side: 'frontend' as const, path: path.join(root, 'app/public') },
    ];
    expect(relative(root, await discoverFiles({ roots, includeTests: false }))).toEqual([
      'frontend app/public/client.js',
      'backend app/server.js',
    ]);
  });

  it('scans a file named as a root even where a default exclude would skip it', async () => {
    const root = makeTempTree({ 'tests/test_ws.py': '' });
    const roots = [{ side: 'backend' as const, path: path.join(root, 'tests/test_ws.py') }];
    expect(relative(root, await discoverFiles({ roots, includeTests: false }))).toEqual(['backend tests/test_ws.py']);
  });

  it('applies extra exclude globs', async () => {
    const root = tree();
    const roots = [{ side: 'frontend' as const, path: path.join(root, 'static') }];
    expect(relative(root, await discoverFiles({ roots, includeTests: false, exclude: ['**/*.html', 'js/**'] }))).toEqual([
      'frontend static/types.d.ts',
    ]);
  });

  it('scans only what include globs name, and excludes still apply', async () => {
    const root = tree();
    const roots = [{ side: 'frontend' as const, path: path.join(root, 'static') }];
    expect(relative(root, await discoverFiles({ roots, includeTests: false, include: ['js/**'] }))).toEqual(['frontend static/js/app.js']);
    expect(relative(root, await discoverFiles({ roots, includeTests: false, include: ['js/**', '*.html'], exclude: ['js/**'] }))).toEqual([
      'frontend static/index.html',
    ]);
  });

  it('refuses a root that does not exist', async () => {
    const roots = [{ side: 'backend' as const, path: '/no/such/folder' }];
    await expect(discoverFiles({ roots, includeTests: false })).rejects.toThrow(new UsageError('path /no/such/folder does not exist'));
  });

  it('leaves out what .gitignore files ignore, nested ones included, and keeps what ! brings back', async () => {
    const root = makeTempTree({
      '.gitignore': 'generated/\n*.gen.ts\n!keep.gen.ts\n',
      'src/app.ts': '',
      'src/api.gen.ts': '',
      'src/keep.gen.ts': '',
      'src/generated/client.ts': '',
      'src/legacy/.gitignore': 'old.js\n',
      'src/legacy/old.js': '',
      'src/legacy/new.js': '',
    });
    const roots = [{ side: 'frontend' as const, path: root }];
    expect(relative(root, await discoverFiles({ roots, includeTests: false }))).toEqual([
      'frontend src/app.ts',
      'frontend src/keep.gen.ts',
      'frontend src/legacy/new.js',
    ]);
    expect(await discoverFiles({ roots, includeTests: false, gitignore: false })).toHaveLength(6);
  });

  it('never follows symbolic links: loops, links out of the root and links to files are listed as skipped', async () => {
    const outside = makeTempTree({ 'secret/server.py': 'sio.emit("x")' });
    const root = makeTempTree({ 'app/main.py': '' });
    fs.symlinkSync(path.join(outside, 'secret'), path.join(root, 'app/outside'));
    fs.symlinkSync(path.join(root, 'app'), path.join(root, 'app/loop'));
    fs.symlinkSync(path.join(root, 'app/main.py'), path.join(root, 'app/alias.py'));
    fs.symlinkSync(path.join(root, 'app/b.py'), path.join(root, 'app/a.py'));
    fs.symlinkSync(path.join(root, 'app/a.py'), path.join(root, 'app/b.py'));
    const roots = [{ side: 'backend' as const, path: root }];
    expect(relative(root, await discoverFiles({ roots, includeTests: false }))).toEqual([
      'backend app/a.py (symbolic link that cannot be resolved (ELOOP))',
      'backend app/alias.py (symbolic link (not followed))',
      'backend app/b.py (symbolic link that cannot be resolved (ELOOP))',
      'backend app/loop (symbolic link to a folder (not followed))',
      'backend app/main.py',
      'backend app/outside (symbolic link to a folder (not followed))',
    ]);
  });

  it('lists an entry that is not a regular file as skipped instead of reading it', async () => {
    const root = makeTempTree({ 'app.py': '' });
    execFileSync('mkfifo', [path.join(root, 'pipe.py')]);
    const roots = [{ side: 'backend' as const, path: root }];
    expect(relative(root, await discoverFiles({ roots, includeTests: false }))).toEqual([
      'backend app.py',
      'backend pipe.py (not a regular file)',
    ]);
  });

  it('leaves out hidden files and folders', async () => {
    const root = makeTempTree({ '.hidden/app.py': '', '.eslintrc.js': '', 'app.py': '' });
    const roots = [{ side: 'backend' as const, path: root }];
    expect(relative(root, await discoverFiles({ roots, includeTests: false }))).toEqual(['backend app.py']);
  });

  it.skipIf(isRoot)('lists a folder it may not read as skipped (needs a non-root user: root reads every folder)', async () => {
    const root = makeTempTree({ 'app.py': '', 'locked/x.py': '' });
    fs.chmodSync(path.join(root, 'locked'), 0o000);
    try {
      const roots = [{ side: 'backend' as const, path: root }];
      expect(relative(root, await discoverFiles({ roots, includeTests: false }))).toEqual([
        'backend app.py',
        'backend locked (folder cannot be read (EACCES))',
      ]);
    } finally {
      fs.chmodSync(path.join(root, 'locked'), 0o755);
    }
  });

  it('lists a folder that cannot be listed as skipped (a root that is not a folder stands in for EACCES under root)', async () => {
    const root = makeTempTree({ 'app.py': '' });
    const fifo = path.join(os.tmpdir(), `ws-gap-fifo-${process.pid}`);
    execFileSync('mkfifo', [fifo]);
    try {
      const roots = [{ side: 'backend' as const, path: fifo }, { side: 'frontend' as const, path: root }];
      expect(relative(root, await discoverFiles({ roots, includeTests: false }))).toEqual([
        `backend ${path.relative(root, fifo)} (folder cannot be read (ENOTDIR))`,
        'frontend app.py',
      ]);
    } finally {
      fs.rmSync(fifo);
    }
  });
});

