import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverFiles } from '../../src/discover/discover-files.js';
import { UsageError } from '../../src/errors.js';
import { makeTempTree } from '../helpers/temp-tree.js';

const relative = (root: string, files: Awaited<ReturnType<typeof discoverFiles>>) =>
  files.map((file) => `${file.side} ${path.relative(root, file.absolutePath).split(path.sep).join('/')}`);

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

  it('refuses a root that does not exist', async () => {
    const roots = [{ side: 'backend' as const, path: '/no/such/folder' }];
    await expect(discoverFiles({ roots, includeTests: false })).rejects.toThrow(new UsageError('path /no/such/folder does not exist'));
  });
});
