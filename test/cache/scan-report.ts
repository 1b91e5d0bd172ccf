import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { analyze, type ScanOptions } from '../../src/index.js';
import { REPORTERS } from '../../src/report/index.js';
import { FIXTURES_DIR, fixtureScanOptions } from '../helpers/fixtures.js';

const created: string[] = [];

afterEach(() => {
  for (const folder of created.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

/**
 * The JSON report of a scan, as `--format json` prints it, how many source files were parsed (not
 * reused from the cache), and whether any were.
 */
export async function jsonReport(options: ScanOptions): Promise<{ report: string; parsed: boolean; parsedFiles: number }> {
  let parsedFiles = 0;
  const result = await analyze({ ...options, onProgress: (progress) => progress.stage === 'parsing' && (parsedFiles += progress.files) });
  return { report: REPORTERS.json(result, { color: false }), parsed: parsedFiles > 0, parsedFiles };
}

/** A temporary copy of a fixture at `<root>/fixtures/<name>`, and the fixture's scan from `<root>`. */
export function fixtureCopy(fixture: string): { root: string; options: ScanOptions } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ws-gap-cache-'));
  created.push(root);
  fs.cpSync(path.join(FIXTURES_DIR, fixture), path.join(root, 'fixtures', fixture), { recursive: true });
  return { root, options: { ...fixtureScanOptions(fixture), cwd: root } };
}

/** A new, empty temporary folder, removed after the test. */
export function tempFolder(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ws-gap-cache-'));
  created.push(folder);
  return folder;
}
