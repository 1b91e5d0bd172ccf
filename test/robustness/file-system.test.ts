import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { analyze } from '../../src/index.js';
import { makeTempTree } from '../helpers/temp-tree.js';

/**
 * Hooks into the file system as the scan sees it: what happens right after discovery (a file can
 * vanish) and which paths refuse to be opened or listed (EACCES, which root never gets for real).
 */
const hooks = vi.hoisted(() => ({
  afterDiscovery: (): void => undefined,
  refused: (_path: string): boolean => false,
}));

vi.mock('../../src/discover/discover-files.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/discover/discover-files.js')>();
  return {
    ...original,
    discoverFiles: async (...args: Parameters<typeof original.discoverFiles>) => {
      const found = await original.discoverFiles(...args);
      hooks.afterDiscovery();
      return found;
    },
  };
});

vi.mock('node:fs/promises', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:fs/promises')>();
  const refuse = (target: unknown) => {
    if (!hooks.refused(String(target))) return undefined;
    return Promise.reject(Object.assign(new Error(`EACCES: permission denied, ${String(target)}`), { code: 'EACCES' }));
  };
  const wrapped = {
    ...original,
    readdir: ((target: string, ...rest: unknown[]) => refuse(target) ?? (original.readdir as (...args: unknown[]) => unknown)(target, ...rest)) as typeof original.readdir,
  };
  return { ...wrapped, default: wrapped };
});

vi.mock('node:fs', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:fs')>();
  const openSync = ((target: string, ...rest: unknown[]) => {
    if (hooks.refused(String(target))) throw Object.assign(new Error(`EACCES: permission denied, ${String(target)}`), { code: 'EACCES' });
    return (original.openSync as (...args: unknown[]) => number)(target, ...rest);
  }) as typeof original.openSync;
  const wrapped = { ...original, openSync };
  return { ...wrapped, default: wrapped };
});

const SERVER = "const { Server } = require('socket.io');\nconst io = new Server();\nio.emit('job_done', {});\n";
const CLIENT = "const socket = io();\nsocket.on('job_done', () => {});\n";
const isRoot = process.getuid?.() === 0;

async function scan(root: string) {
  return analyze({ backend: [path.join(root, 'server')], frontend: [path.join(root, 'client')], cwd: root });
}

function resetHooks() {
  hooks.afterDiscovery = () => undefined;
  hooks.refused = () => false;
}

describe('file-system trouble is listed as skipped, never fatal', () => {
  it('symbolic links: a loop and a link out of the scan root are not followed', async () => {
    resetHooks();
    const outside = makeTempTree({ 'other/app.js': "io().emit('outside_event')\n" });
    const root = makeTempTree({ 'server/app.js': SERVER, 'client/app.js': CLIENT });
    fs.symlinkSync(path.join(root, 'client'), path.join(root, 'client/loop'));
    fs.symlinkSync(path.join(outside, 'other'), path.join(root, 'client/elsewhere'));
    fs.symlinkSync(path.join(outside, 'other/app.js'), path.join(root, 'client/linked.js'));
    const result = await scan(root);
    expect(result.events.map((event) => `${event.name} ${event.status}`)).toEqual(['job_done handled']);
    expect(result.skipped).toEqual([
      { file: 'client/elsewhere', reason: 'symbolic link to a folder (not followed)' },
      { file: 'client/linked.js', reason: 'symbolic link (not followed)' },
      { file: 'client/loop', reason: 'symbolic link to a folder (not followed)' },
    ]);
  });

  it('empty files are scanned and produce nothing', async () => {
    resetHooks();
    const root = makeTempTree({ 'server/app.js': SERVER, 'server/empty.py': '', 'client/app.js': CLIENT, 'client/empty.ts': '', 'client/Empty.vue': '' });
    const result = await scan(root);
    expect(result.summary.filesScanned).toBe(5);
    expect(result.skipped).toEqual([]);
    expect(result.events.map((event) => event.name)).toEqual(['job_done']);
  });

  it('a file that vanishes between discovery and reading', async () => {
    resetHooks();
    const root = makeTempTree({ 'server/app.js': SERVER, 'server/gone.py': 'x = 1\n', 'client/app.js': CLIENT });
    hooks.afterDiscovery = () => fs.rmSync(path.join(root, 'server/gone.py'));
    const result = await scan(root);
    expect(result.skipped).toEqual([{ file: 'server/gone.py', reason: 'cannot be read (ENOENT)' }]);
    expect(result.events.map((event) => `${event.name} ${event.status}`)).toEqual(['job_done handled']);
  });

  it('a file and a folder that may not be read (EACCES, simulated: the tests run as root)', async () => {
    resetHooks();
    const root = makeTempTree({ 'server/app.js': SERVER, 'server/secret.py': 'x = 1\n', 'client/app.js': CLIENT, 'client/locked/a.js': CLIENT });
    hooks.refused = (target) => target.endsWith(`${path.sep}secret.py`) || target.endsWith(`${path.sep}locked`);
    const result = await scan(root);
    expect(result.skipped).toEqual([
      { file: 'client/locked', reason: 'folder cannot be read (EACCES)' },
      { file: 'server/secret.py', reason: 'cannot be read (EACCES)' },
    ]);
    expect(result.events.map((event) => `${event.name} ${event.status}`)).toEqual(['job_done handled']);
  });

  it.skipIf(isRoot)('a file and a folder without read permission, for real (skipped under root, which may read anything)', async () => {
    resetHooks();
    const root = makeTempTree({ 'server/app.js': SERVER, 'server/secret.py': 'x = 1\n', 'client/app.js': CLIENT, 'client/locked/a.js': CLIENT });
    fs.chmodSync(path.join(root, 'server/secret.py'), 0o000);
    fs.chmodSync(path.join(root, 'client/locked'), 0o000);
    try {
      const result = await scan(root);
      expect(result.skipped).toEqual([
        { file: 'client/locked', reason: 'folder cannot be read (EACCES)' },
        { file: 'server/secret.py', reason: 'cannot be read (EACCES)' },
      ]);
    } finally {
      fs.chmodSync(path.join(root, 'client/locked'), 0o755);
    }
  });
});
