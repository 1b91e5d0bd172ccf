import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectLayout } from '../src/init/detect-layout.js';
import { FIXTURES, FIXTURES_DIR, fixtureScanOptions } from './helpers/fixtures.js';
import { runCli } from './helpers/run-cli.js';
import { makeTempTree } from './helpers/temp-tree.js';

/** The roots a fixture's hand-written command scans, relative to the fixture. */
function expectedRoots(fixture: string): { backend: string[]; frontend: string[] } {
  const { backend, frontend } = fixtureScanOptions(fixture);
  const relative = (root: string) => path.relative(`fixtures/${fixture}`, root).split(path.sep).join('/');
  return { backend: backend.map(relative).sort(), frontend: frontend.map(relative).sort() };
}

describe('ws-gap init', () => {
  it.each(FIXTURES)('detects the folders of %s that its expectation scans, and the scan accepts the config', (fixture) => {
    const copy = makeTempTree({});
    fs.cpSync(path.join(FIXTURES_DIR, fixture), copy, { recursive: true });
    const init = runCli(['init'], { cwd: copy });
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    const config = JSON.parse(fs.readFileSync(path.join(copy, 'ws-gap.config.json'), 'utf8'));
    expect({ backend: config.backend, frontend: config.frontend }).toEqual(expectedRoots(fixture));
    const scan = runCli(['scan', '--format', 'json'], { cwd: copy });
    expect(scan.code).toBe(0);
    expect(JSON.parse(scan.stdout).events.length).toBeGreaterThan(0);
  });

  it('names the frameworks it found and why it chose each folder', () => {
    const copy = makeTempTree({});
    fs.cpSync(path.join(FIXTURES_DIR, 'flask-socketio'), copy, { recursive: true });
    const init = runCli(['init'], { cwd: copy });
    expect(init.stdout).toContain('  backend  app  (Python code)');
    expect(init.stdout).toContain('  frontend app/templates  (pages the backend serves)');
    expect(init.stdout).toMatch(/frameworks found: .*python\/flask-socketio/);
  });

  it('refuses to replace a config without --force, exit 2', () => {
    const root = makeTempTree({ 'ws-gap.config.json': '{}', 'server/app.py': '', 'client/index.html': '' });
    const refused = runCli(['init'], { cwd: root });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('ws-gap: ws-gap.config.json already exists (use --force to replace it)\n');
    expect(runCli(['init', '--force'], { cwd: root }).code).toBe(0);
  });

  it('says what is missing when it finds no frontend', () => {
    const root = makeTempTree({ 'server/app.py': '' });
    const run = runCli(['init'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^ws-gap: could not find a frontend folder in /);
  });

  it('expands folders that hold several projects', () => {
    const root = makeTempTree({
      'apps/admin/package.json': '{"dependencies": {"react": "1"}}',
      'apps/admin/src/a.tsx': '',
      'apps/api/package.json': '{"dependencies": {"socket.io": "4"}}',
      'apps/api/index.js': '',
    });
    expect(detectLayout(root).map((detected) => `${detected.side} ${detected.path}`)).toEqual(['backend apps/api', 'frontend apps/admin']);
  });
});
