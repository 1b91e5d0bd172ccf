import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { REPO_ROOT } from './run-cli.js';

/**
 * Compares `actual` with the checked-in golden file `test/golden/<name>`.
 * `npm run golden:update` rewrites the golden files instead (review the diff before committing).
 */
export function expectGolden(name: string, actual: string): void {
  const file = path.join(REPO_ROOT, 'test/golden', name);
  if (process.env.UPDATE_GOLDEN) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, actual);
  }
  expect(actual).toBe(fs.readFileSync(file, 'utf8'));
}
