import fs from 'node:fs';
import path from 'node:path';
import type { ScanOptions } from '../../src/index.js';
import { REPO_ROOT } from './run-cli.js';

export const FIXTURES_DIR = path.join(REPO_ROOT, 'fixtures');

/** Every fixture with a hand-written expectation, by folder name. */
export const FIXTURES: readonly string[] = fs
  .readdirSync(FIXTURES_DIR)
  .filter((name) => fs.existsSync(path.join(FIXTURES_DIR, name, 'expected.json')))
  .sort();

/** The `ws-gap` arguments a fixture's expectation was written for (`["scan", ...]`). */
export function fixtureCommand(fixture: string): string[] {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES_DIR, fixture, 'expected.json'), 'utf8')).command;
}

/** The fixture's command as `analyze()` options, paths relative to the repo root. */
export function fixtureScanOptions(fixture: string): ScanOptions & { backend: string[]; frontend: string[] } {
  const args = fixtureCommand(fixture);
  const options = { backend: [] as string[], frontend: [] as string[], contract: undefined as string | undefined, cwd: REPO_ROOT };
  const positional: string[] = [];
  for (let index = 1; index < args.length; index++) {
    const arg = args[index]!;
    const value = args[index + 1];
    if (arg === '--backend') options.backend.push(args[++index]!);
    else if (arg === '--frontend') options.frontend.push(args[++index]!);
    else if (arg === '--contract') options.contract = args[++index];
    else if (arg.startsWith('--')) throw new Error(`fixture ${fixture}: option ${arg} ${value ?? ''} is not known to this helper`);
    else positional.push(arg);
  }
  if (positional[0]) options.backend.unshift(positional[0]);
  if (positional[1]) options.frontend.unshift(positional[1]);
  return options;
}
