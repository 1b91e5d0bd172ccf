import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { makeTempTree } from '../helpers/temp-tree.js';
import { jsonReport } from './scan-report.js';

const tool = vi.hoisted(() => ({ fingerprint: 'build-1' }));

vi.mock('../../src/cache/tool-fingerprint.js', () => ({ toolFingerprint: async () => tool.fingerprint }));

describe('entries are tied to the code that made them', () => {
  it('another build of ws-gap (same version, other code) misses', async () => {
    const root = makeTempTree({ 'server/app.js': "io().emit('job_done', {});\n", 'client/app.js': "io().on('job_done', () => {});\n" });
    const options = { backend: ['server'], frontend: ['client'], cwd: root, cache: { location: path.join(root, 'cache') } };
    expect((await jsonReport(options)).parsed).toBe(true);
    expect((await jsonReport(options)).parsed).toBe(false);
    tool.fingerprint = 'build-2';
    expect((await jsonReport(options)).parsed).toBe(true);
    expect((await jsonReport(options)).parsed).toBe(false);
  });
});
