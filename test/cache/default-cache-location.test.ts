import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultCacheLocation } from '../../src/index.js';
import { toolFingerprint } from '../../src/cache/tool-fingerprint.js';
import { makeTempTree } from '../helpers/temp-tree.js';

describe('defaultCacheLocation', () => {
  it('is node_modules/.cache/ws-gap where node_modules exists', () => {
    const root = makeTempTree({ 'node_modules/x/package.json': '{}' });
    expect(defaultCacheLocation(root)).toBe(path.join(root, 'node_modules', '.cache', 'ws-gap'));
  });

  it('is .ws-gap-cache otherwise, also when node_modules is a file', () => {
    const root = makeTempTree({ 'src/a.js': '' });
    expect(defaultCacheLocation(root)).toBe(path.join(root, '.ws-gap-cache'));
    fs.writeFileSync(path.join(root, 'node_modules'), '');
    expect(defaultCacheLocation(root)).toBe(path.join(root, '.ws-gap-cache'));
  });
});

describe('toolFingerprint', () => {
  it('is a SHA-256, the same on every call', async () => {
    const first = await toolFingerprint();
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(await toolFingerprint()).toBe(first);
  });
});
