import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectGolden } from './helpers/golden.js';
import { REPO_ROOT, runCli } from './helpers/run-cli.js';
import { makeTempTree } from './helpers/temp-tree.js';

const FIXTURE = ['fixtures/mlops-dashboard/backend', 'fixtures/mlops-dashboard/static'];
const ESCAPE = '\u001b[';

describe('ws-gap CLI', () => {
  it('prints its version and help with examples, exit 0', () => {
    const version = runCli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(fs.readFileSync('package.json', 'utf8')).version);
    const help = runCli(['scan', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('$ ws-gap scan ./backend ./static --fail-on-unhandled');
    expect(help.stdout).toContain('--fail-on-unhandled');
  });

  it('scans the reference fixture: terminal report, exit 0', () => {
    const run = runCli(['scan', ...FIXTURE]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toContain(ESCAPE);
    expectGolden('mlops-dashboard.terminal.txt', run.stdout);
  });

  it('writes the Markdown report to stdout and to a file, the same text', () => {
    const stdout = runCli(['scan', ...FIXTURE, '--format', 'markdown']);
    expect(stdout.code).toBe(0);
    expectGolden('mlops-dashboard.md', stdout.stdout);
    const folder = makeTempTree({});
    const file = path.join(folder, 'report.md');
    const sarif = path.join(folder, 'ws-gap.sarif');
    const toFile = runCli(['scan', ...FIXTURE, '--markdown', file, '--sarif', sarif, '--format', 'json', '-o', path.join(folder, 'r.json')]);
    expect(toFile.code).toBe(0);
    expect(toFile.stdout).toBe('');
    expect(fs.readFileSync(file, 'utf8')).toBe(stdout.stdout);
    expect(JSON.parse(fs.readFileSync(path.join(folder, 'r.json'), 'utf8')).version).toBe(1);
    expect(fs.readFileSync(sarif, 'utf8')).toBe(runCli(['scan', ...FIXTURE, '--format', 'sarif']).stdout);
  });

  it('explains every event, or one, with its sites and rules', () => {
    const all = runCli(['scan', ...FIXTURE, '--explain']);
    expect(all.code).toBe(0);
    expectGolden('mlops-dashboard.explain.txt', all.stdout);
    const one = runCli(['scan', ...FIXTURE, '--explain', 'prediction_volume']);
    expect(one.stdout.split('\n')[0]).toBe('prediction_volume: server-to-client, unhandled, category Monitoring');
    expect(one.stdout).toContain('  handled  nowhere in the scanned code\n');
    expect(runCli(['scan', ...FIXTURE, '--explain', 'nope']).stdout).toBe('No event named nope was found.\n');
  });

  it('fails the gate with exit 1 when an event of either direction is unhandled', () => {
    const run = runCli(['scan', ...FIXTURE, '--fail-on-unhandled', '--format', 'json']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('ws-gap: --fail-on-unhandled: 2 server events and 1 client event sent but not handled\n');
  });

  it('fails the coverage and dead-handler gates with exit 1, each on its own line', () => {
    const run = runCli(['scan', ...FIXTURE, '--min-coverage', '95', '--fail-on-dead-handlers', '--format', 'json']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'ws-gap: --fail-on-dead-handlers: 1 frontend handler for events nothing sends\n' +
        'ws-gap: --min-coverage 95: coverage is 90.0% (18/20 server events handled), 5.0 points below\n',
    );
    expect(runCli(['scan', ...FIXTURE, '--min-coverage', '90', '--format', 'json']).code).toBe(0);
  });

  it('reports and gates only the directions asked for with --direction', () => {
    const clientOnly = runCli(['scan', ...FIXTURE, '--fail-on-unhandled', '--direction', 'client-to-server', '--format', 'json']);
    expect(clientOnly.code).toBe(1);
    expect(clientOnly.stderr).toBe('ws-gap: --fail-on-unhandled: 1 client event sent but not handled\n');
    const directions = new Set(JSON.parse(clientOnly.stdout).events.map((event: { direction: string }) => event.direction));
    expect([...directions]).toEqual(['client-to-server']);
    const serverOnly = runCli(['scan', ...FIXTURE, '--direction', 'server-to-client', '--format', 'json']);
    const result = JSON.parse(serverOnly.stdout);
    expect(new Set(result.events.map((event: { direction: string }) => event.direction))).toEqual(new Set(['server-to-client', 'client-local']));
    expect(result.summary.clientEvents).toBe(0);
    expect(result.summary.serverEvents).toBe(20);
  });

  it('passes the gate with exit 0 when every server event is handled', () => {
    const root = makeTempTree({
      'api/app.py': 'async def f():\n    await manager.broadcast_json({"type": "done"})\n',
      'web/app.js': "wsManager.on('done', () => {});\n",
    });
    const run = runCli(['scan', 'api', 'web', '--fail-on-unhandled'], { cwd: root });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it.each([
    [['scan', 'no/such/dir', 'static'], 'ws-gap: path '],
    [['scan', ...FIXTURE, '--no-such-option'], "error: unknown option '--no-such-option'"],
    [['scan', ...FIXTURE, '--format', 'xml'], "error: option '--format <format>' argument 'xml' is invalid"],
    [['scan', ...FIXTURE, '--config', 'missing.json'], 'ws-gap: config '],
    [['scan'], 'ws-gap: give at least one backend and one frontend path'],
    [['scan', ...FIXTURE, '--min-coverage', 'lots'], "error: option '--min-coverage <percent>' argument 'lots' is invalid"],
  ])('exits 2 with a one-line error for %j', (args, start) => {
    const run = runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr.startsWith(start)).toBe(true);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).toBe('');
  });

  it('ends quietly when the reader closes stdout early (ws-gap scan ... | head)', () => {
    const run = spawnSync('bash', ['-c', `"${process.execPath}" bin/ws-gap.js scan ${FIXTURE.join(' ')} --format html | head -c 10 > /dev/null; echo "\${PIPESTATUS[0]}" >&2`], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('0\n');
  });

  it('shows the stack trace of an error only with --debug', () => {
    const run = runCli(['scan', 'no/such/dir', 'static', '--debug']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/\n\s+at /);
  });

  it('gates only on findings a baseline does not list, whatever moved', () => {
    const copy = makeTempTree({});
    fs.cpSync('fixtures/mlops-dashboard', copy, { recursive: true });
    const gate = ['scan', 'backend', 'static', '--format', 'json', '--fail-on-unhandled', '--baseline', 'ws-gap-baseline.json'];
    expect(runCli([...gate, '--update-baseline'], { cwd: copy }).code).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(copy, 'ws-gap-baseline.json'), 'utf8')).version).toBe(1);
    expect(runCli(gate, { cwd: copy })).toMatchObject({ code: 0, stderr: '' });
    const backend = path.join(copy, 'backend/backend_simple.py');
    const newEvent = '\n\nasync def announce_retraining():\n    await manager.broadcast_json({"type": "retraining_scheduled"})\n';
    fs.writeFileSync(backend, `# a line that moves every site down\n${fs.readFileSync(backend, 'utf8')}${newEvent}`);
    expect(runCli(gate, { cwd: copy })).toMatchObject({
      code: 1,
      stderr: 'ws-gap: --fail-on-unhandled: 1 server event sent but not handled\n',
    });
  });

  it('silences a gap with a ws-gap-ignore comment: out of the gate and the terminal, marked in JSON and SARIF', () => {
    const root = makeTempTree({
      'api/app.py': [
        'async def f():',
        '    # ws-gap-ignore: legacy_ping -- read by the old mobile app',
        '    await manager.broadcast_json({"type": "legacy_ping"})',
        '    await manager.broadcast_json({"type": "done"})',
        '',
      ].join('\n'),
      'web/app.js': "wsManager.on('done', () => {});\n",
    });
    const scan = (...args: string[]) => runCli(['scan', 'api', 'web', ...args], { cwd: root });
    expect(scan('--fail-on-unhandled').code).toBe(0);
    const json = JSON.parse(scan('--format', 'json').stdout);
    expect(json.summary).toMatchObject({ serverEvents: 1, handled: 1, unhandled: 0, suppressed: 1 });
    expect(json.events[1]).toMatchObject({ name: 'legacy_ping', status: 'unhandled', suppressed: true });
    expect(json.events[1].sent[0].suppressed).toEqual({ line: 2, reason: 'read by the old mobile app' });
    const sarif = JSON.parse(scan('--format', 'sarif').stdout);
    expect(sarif.runs[0].results[0].suppressions).toEqual([{ kind: 'inSource', justification: 'read by the old mobile app' }]);
    const terminal = scan().stdout;
    expect(terminal).not.toContain('legacy_ping');
    expect(terminal).toContain('1 event silenced by ws-gap-ignore comments (--show-suppressed lists it).');
    expect(scan('--show-suppressed').stdout).toContain('legacy_ping (suppressed)');
  });

  it('fix --dry-run prints the handler stubs as a diff; fix writes them, and a re-scan is at 100%', () => {
    const dryRun = runCli(['fix', ...FIXTURE, '--dry-run']);
    expect(dryRun.code).toBe(0);
    expectGolden('mlops-dashboard.fix.diff', dryRun.stdout);
    const copy = makeTempTree({});
    fs.cpSync('fixtures/mlops-dashboard', copy, { recursive: true });
    const fixed = runCli(['fix', 'backend', 'static'], { cwd: copy });
    expect(fixed.stdout).toBe(
      'Added a handler for model_deployed to static/js/pages/data.js\nAdded a handler for prediction_volume to static/js/pages/monitoring.js\n',
    );
    expect(JSON.parse(runCli(['scan', 'backend', 'static', '--format', 'json'], { cwd: copy }).stdout).summary).toMatchObject({ coverage: 1, unhandled: 0 });
    expect(runCli(['fix', 'backend', 'static'], { cwd: copy }).stdout).toBe('Nothing to fix.\n');
  });

  it('follows the in-house wrappers the config names, even where nothing else looks like socket code', () => {
    const root = makeTempTree({
      'ws-gap.config.json': JSON.stringify({ backend: ['api'], frontend: ['web'], emitters: ['publish_event'], listeners: ['onServerEvent'] }),
      'api/events.py': 'JOB_DONE = "job_done"\n',
      'api/jobs.py': 'from events import JOB_DONE\nfrom platform_bus import publish_event\n\ndef finish(job):\n    publish_event(JOB_DONE, {"id": job.id})\n',
      'web/page.ts': "import { onServerEvent } from '@corp/realtime';\nonServerEvent('job_done', (data) => console.log(data.id));\n",
    });
    const result = JSON.parse(runCli(['scan', '--format', 'json'], { cwd: root }).stdout);
    expect(result.events.map((event: { name: string; status: string }) => `${event.name} ${event.status}`)).toEqual(['job_done handled']);
    expect(result.events[0].sent[0]).toMatchObject({ file: 'api/jobs.py', line: 5, via: 'publish_event', rule: 'python/config-wrapper', payloadKeys: ['id'] });
    expect(result.events[0].handled[0]).toMatchObject({ file: 'web/page.ts', line: 2, via: 'onServerEvent', rule: 'javascript/config-wrapper' });
  });

  it('--cache gives the same report warm as cold, from the folder --cache-location names', () => {
    const folder = makeTempTree({});
    const cached = ['scan', ...FIXTURE, '--format', 'json', '--cache', '--cache-location', folder];
    const uncached = runCli(['scan', ...FIXTURE, '--format', 'json']).stdout;
    expect(runCli(cached).stdout).toBe(uncached);
    expect(fs.readdirSync(folder).filter((name) => name.endsWith('.json'))).toHaveLength(1);
    expect(runCli(cached)).toMatchObject({ code: 0, stderr: '', stdout: uncached });
  });

  it('skips files over --max-file-size, with the reason', () => {
    const root = makeTempTree({ 'api/app.py': `# ${'x'.repeat(3000)}\n`, 'web/app.js': "wsManager.on('a', f);\n" });
    const result = JSON.parse(runCli(['scan', 'api', 'web', '--format', 'json', '--max-file-size', '1k'], { cwd: root }).stdout);
    expect(result.skipped.map((skip: { file: string }) => skip.file)).toEqual(['api/app.py']);
    expect(runCli(['scan', 'api', 'web', '--max-file-size', 'huge'], { cwd: root }).code).toBe(2);
  });

  it('gives the same report with --workers 1 and --workers 2, and refuses a count that is not a whole number', () => {
    const single = runCli(['scan', ...FIXTURE, '--format', 'json', '--workers', '1']);
    expect(single.code).toBe(0);
    expect(runCli(['scan', ...FIXTURE, '--format', 'json', '--workers', '2']).stdout).toBe(single.stdout);
    const refused = runCli(['scan', ...FIXTURE, '--workers', '0']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('expected a whole number from 1 to 64');
  });

  it('keeps stderr to errors with --quiet: no warnings', () => {
    const root = makeTempTree({
      'ws-gap.config.json': JSON.stringify({ backend: ['api'], frontend: ['web'], expected: { A: ['done'], B: ['done'] } }),
      'api/app.py': 'async def f():\n    await manager.broadcast_json({"type": "done"})\n',
      'web/app.js': "wsManager.on('done', () => {});\n",
    });
    expect(runCli(['scan', '--format', 'json'], { cwd: root }).stderr).toMatch(/^ws-gap: warning: /);
    expect(runCli(['scan', '--format', 'json', '--quiet'], { cwd: root }).stderr).toBe('');
  });

  it('takes gates and events to ignore from the config', () => {
    const root = makeTempTree({
      'ws-gap.config.json': JSON.stringify({ backend: ['api'], frontend: ['web'], ignoreEvents: ['debug_*'], failOnUnhandled: true, minCoverage: 50 }),
      'api/app.py': 'async def f():\n    await manager.broadcast_json({"type": "debug_dump"})\n    await manager.broadcast_json({"type": "done"})\n    await manager.broadcast_json({"type": "lost"})\n',
      'web/app.js': "wsManager.on('done', () => {});\n",
    });
    const run = runCli(['scan', '--format', 'json'], { cwd: root });
    expect(JSON.parse(run.stdout).events.map((event: { name: string }) => event.name)).toEqual(['done', 'lost']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('ws-gap: --fail-on-unhandled: 1 server event sent but not handled\n');
    expect(runCli(['scan', '--format', 'json', '--min-coverage', '60'], { cwd: root }).stderr).toContain('--min-coverage 60: coverage is 50.0%');
  });

  it('takes the roots from a config found upwards, relative to the config file', () => {
    const root = makeTempTree({
      'package.json': JSON.stringify({ name: 'app', wsGap: { backend: ['api'], frontend: ['web'] } }),
      'api/app.py': 'async def f():\n    await manager.broadcast_json({"type": "done"})\n',
      'web/app.js': "wsManager.on('done', () => {});\n",
    });
    const run = runCli(['scan', '--format', 'json'], { cwd: path.join(root, 'web') });
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout);
    expect(result.roots).toEqual({ backend: ['../api'], frontend: ['.'] });
    expect(result.events.map((event: { name: string; status: string }) => `${event.name} ${event.status}`)).toEqual(['done handled']);
  });

  it('reports a bad config file with its line and column, exit 2', () => {
    const root = makeTempTree({ 'ws-gap.config.json': '{\n  "categories": {,}\n}\n', 'a/x.py': '', 'b/x.js': '' });
    const run = runCli(['scan', 'a', 'b'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^ws-gap: config ws-gap\.config\.json:2:18 is not valid JSON/);
  });

  it('lists unparsable and binary files as skipped and analyses the rest', () => {
    const root = makeTempTree({
      'api/good.py': 'async def f():\n    await manager.broadcast_json({"type": "done"})\n',
      'api/broken.py': 'async def g(:\n    await manager.broadcast_json({"type": "lost"\n  ]]]\n',
      'api/blob.py': new Uint8Array([0x00, 0x01, 0x02]),
      'api/unrelated.py': 'def (:\n  ]]]\n',
      'web/app.js': "wsManager.on('done', () => {});\n",
      'web/broken.js': "socket.on('x', function (((( {\n",
    });
    const run = runCli(['scan', 'api', 'web', '--format', 'json'], { cwd: root });
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.events.map((event: { name: string; status: string }) => `${event.name} ${event.status}`)).toContain('done handled');
    // A file with no socket code at all is never parsed (it cannot hold a site), so it is not listed.
    expect(result.skipped.map((skip: { file: string }) => skip.file)).toEqual(['api/blob.py', 'api/broken.py', 'web/broken.js']);
    expect(result.skipped[0].reason).toBe('binary file (contains NUL bytes)');
  });

  it('colours only when asked, and honours --no-color and NO_COLOR over FORCE_COLOR', () => {
    const stdout = (args: string[], env: Record<string, string>) => runCli(['scan', ...FIXTURE, ...args], { env }).stdout;
    expect(stdout([], {})).not.toContain(ESCAPE);
    expect(stdout([], { FORCE_COLOR: '1' })).toContain(ESCAPE);
    expect(stdout(['--no-color'], { FORCE_COLOR: '1' })).not.toContain(ESCAPE);
    expect(stdout([], { FORCE_COLOR: '1', NO_COLOR: '1' })).not.toContain(ESCAPE);
  });
});
