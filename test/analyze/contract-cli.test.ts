import { describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/model/result.js';
import { runCli } from '../helpers/run-cli.js';
import { makeTempTree } from '../helpers/temp-tree.js';

const PROJECT = {
  'backend/app.py': 'async def tick(manager):\n    await manager.broadcast_json({"type": "job_done", "id": 1})\n',
  'frontend/app.js': "const socket = new WebSocket('ws://x');\nsocket.onmessage = (event) => {\n  const msg = JSON.parse(event.data);\n  if (msg.type === 'job_done') render(msg);\n};\n",
};

describe('ws-gap scan --contract', () => {
  it('exits 2 with the parser\'s message, file and position for an invalid AsyncAPI document', () => {
    const root = makeTempTree({ ...PROJECT, 'asyncapi.yaml': 'asyncapi: 3.0.0\ninfo:\n  title: x\n' });
    const run = runCli(['scan', 'backend', 'frontend', '--contract', 'asyncapi.yaml'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('ws-gap: contract asyncapi.yaml:2:6: "info" property must have required property "version"\n');
  });

  it('exits 2 for an interface file that does not parse', () => {
    const root = makeTempTree({ ...PROJECT, 'events.ts': 'export interface ServerToClientEvents {\n  job_done: (id: number => void;\n}\n' });
    const run = runCli(['scan', 'backend', 'frontend', '--contract', 'events.ts'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("ws-gap: contract events.ts:2:25: ',' expected.\n");
  });

  it('reads "expected" from the config, warns about a name in two categories and keeps the first', () => {
    const config = '{\n  "expected": {\n    "Jobs": ["job_done", "job_failed"],\n    "Other": ["job_done"]\n  }\n}\n';
    const root = makeTempTree({ ...PROJECT, 'ws-gap.config.json': config });
    const run = runCli(['scan', 'backend', 'frontend', '--format', 'json'], { cwd: root });
    expect(run.stderr).toBe(
      'ws-gap: warning: contract ws-gap.config.json:4: "job_done" (server-to-client) is already in category "Jobs" ' +
        '(ws-gap.config.json:3); it stays there, not in "Other"\n',
    );
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as ScanResult;
    expect(result.warnings).toHaveLength(1);
    expect(result.events.map((event) => [event.name, event.status, event.category, event.contract, event.declaredAt?.line])).toEqual([
      ['job_done', 'handled', 'Jobs', 'ok', 3],
      ['job_failed', 'contract-only', 'Jobs', 'not-implemented', 3],
    ]);
  });

  it('resolves the config\'s "contract" against the config\'s folder', () => {
    const root = makeTempTree({
      ...PROJECT,
      'config/ws-gap.json': '{"contract": "../contract.json"}',
      'contract.json': '{"expected": {"Jobs": ["job_done"]}}',
    });
    const run = runCli(['scan', 'backend', 'frontend', '--config', 'config/ws-gap.json', '--format', 'json'], { cwd: root });
    expect(run.stderr).toBe('');
    expect((JSON.parse(run.stdout) as ScanResult).contract).toEqual({
      file: 'contract.json',
      format: 'expected-list',
      expected: 1,
      ok: 1,
      neverSent: 0,
      neverHandled: 0,
      notInContract: 0,
    });
  });

  it('refuses a config with both "contract" and "expected"', () => {
    const root = makeTempTree({ ...PROJECT, 'ws-gap.config.json': '{"contract": "a.yaml", "expected": {"A": ["x"]}}' });
    const run = runCli(['scan', 'backend', 'frontend'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('ws-gap: config ws-gap.config.json: give either "contract" (a file) or "expected" (a list), not both\n');
  });
});
