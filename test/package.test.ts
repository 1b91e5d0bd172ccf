import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers/run-cli.js';
import { makeTempTree } from './helpers/temp-tree.js';

const FIXTURE = path.join(REPO_ROOT, 'fixtures/mlops-dashboard');

function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the npm package', () => {
  // `npm test` has just built dist/; packing without scripts keeps other tests' binary untouched.
  it('installs from its tarball into an empty folder and scans with `npx ws-gap`', { timeout: 180_000 }, () => {
    const folder = makeTempTree({ 'package.json': '{"name": "consumer", "version": "1.0.0", "private": true}' });
    const pack = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', folder], REPO_ROOT);
    expect(pack.code).toBe(0);
    const [packed] = JSON.parse(pack.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
    const topLevel = [...new Set(packed!.files.map((file) => file.path.split('/')[0]))].sort();
    expect(topLevel).toEqual(['README.md', 'bin', 'dist', 'package.json', 'schema.json']);

    const install = run('npm', ['install', path.join(folder, packed!.filename), '--prefer-offline', '--no-audit', '--no-fund'], folder);
    expect(install.code).toBe(0);
    const scan = run('npx', ['--no-install', 'ws-gap', 'scan', path.join(FIXTURE, 'backend'), path.join(FIXTURE, 'static'), '--format', 'json'], folder);
    expect(scan.stderr).toBe('');
    const expected = JSON.parse(fs.readFileSync(path.join(FIXTURE, 'expected.json'), 'utf8'));
    expect(JSON.parse(scan.stdout).summary).toMatchObject(expected.summary);
    expect(run('npx', ['--no-install', 'ws-gap', '--version'], folder).stdout.trim()).toBe(
      JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')).version,
    );
  });
});
