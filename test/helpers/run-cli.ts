import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(REPO_ROOT, 'bin/ws-gap.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

interface RunOptions {
  cwd?: string;
  /** Extra environment; the colour variables of the test runner's own environment are removed. */
  env?: Record<string, string>;
}

/** Runs the built binary the way a user does, from `cwd` (the repo root by default). */
export function runCli(args: readonly string[], options: RunOptions = {}): CliRun {
  const { FORCE_COLOR: _force, NO_COLOR: _no, ...env } = process.env;
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? REPO_ROOT,
    env: { ...env, ...options.env },
    encoding: 'utf8',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
