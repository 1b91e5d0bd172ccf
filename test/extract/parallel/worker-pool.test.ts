import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../scripts/bench/generate-corpus.mjs';
import type { ExtractionUnit } from '../../../src/extract/extractor.js';
import type { ScanOptions } from '../../../src/index.js';
import { FIXTURES, FIXTURES_DIR, fixtureScanOptions } from '../../helpers/fixtures.js';
import { REPO_ROOT } from '../../helpers/run-cli.js';

// Worker threads run the compiled code, so these tests use the build in dist/ (`npm test` builds it).
const dist = (module: string) => path.join(REPO_ROOT, 'dist', module);
const { analyze } = (await import(dist('index.js'))) as typeof import('../../../src/index.js');
const { REPORTERS } = (await import(dist('report/index.js'))) as typeof import('../../../src/report/index.js');
const { poolSizeFor } = (await import(dist('extract/parallel/extract-units.js'))) as typeof import('../../../src/extract/parallel/extract-units.js');
const { extractInWorkers } = (await import(dist('extract/parallel/worker-pool.js'))) as typeof import('../../../src/extract/parallel/worker-pool.js');

const temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'ws-gap-workers-'));
afterAll(() => fs.rmSync(temporary, { recursive: true, force: true }));

async function jsonReport(options: ScanOptions, workers: number): Promise<string> {
  return REPORTERS.json(await analyze({ ...options, workers }), { color: false });
}

function unit(paths: readonly string[], text: string): ExtractionUnit {
  const sources = paths.map((file) => ({ path: file, absolutePath: `/x/${file}`, side: 'backend' as const, language: 'python' as const, text }));
  return { sources, methodsDefinedElsewhere: [] };
}

describe('extraction in worker threads gives the report of extraction in one thread', () => {
  it.each(FIXTURES)('%s: byte-identical with 1 and 2 workers', async (fixture) => {
    const options = fixtureScanOptions(fixture);
    const single = await jsonReport(options, 1);
    expect(JSON.parse(single).events.length).toBeGreaterThan(0);
    expect(await jsonReport(options, 2)).toBe(single);
  });

  it('every fixture scanned as one folder: byte-identical with 1 and 3 workers', async () => {
    const options = { backend: [FIXTURES_DIR], frontend: [path.join(REPO_ROOT, 'fixtures', 'mlops-dashboard', 'static')], cwd: REPO_ROOT };
    const single = await jsonReport(options, 1);
    expect(JSON.parse(single).summary.filesScanned).toBeGreaterThan(50);
    expect(await jsonReport(options, 3)).toBe(single);
  });

  it('a generated corpus: byte-identical with 1, 2 and 4 workers', { timeout: 120_000 }, async () => {
    generateCorpus(temporary, { seed: 11, files: 420 });
    const options = { backend: ['services'], frontend: ['apps', 'packages'], cwd: temporary };
    const single = await jsonReport(options, 1);
    expect(JSON.parse(single).events.length).toBeGreaterThan(20);
    expect(await jsonReport(options, 2)).toBe(single);
    expect(await jsonReport(options, 4)).toBe(single);
  });
});

describe('pool size', () => {
  const small = [unit(['a.py'], 'x = 1\n'), unit(['b.py'], 'y = 2\n')];
  const big = [unit(['a.py'], 'x = 1\n'.repeat(200_000)), unit(['b.py'], 'y = 2\n'.repeat(200_000))];

  it('starts no pool for a small scan unless workers are asked for', () => {
    expect(poolSizeFor(small, undefined)).toBe(1);
    expect(poolSizeFor(small, 2)).toBe(2);
  });

  it('uses the cores for a big scan, never more threads than units, and one thread when told so', () => {
    expect(poolSizeFor(big, undefined)).toBe(Math.min(os.availableParallelism(), 2));
    expect(poolSizeFor(big, 8)).toBe(2);
    expect(poolSizeFor(big, 1)).toBe(1);
    expect(poolSizeFor(big.slice(0, 1), 8)).toBe(1);
  });
});

describe('a worker that fails', () => {
  const units = [unit(['a.py'], 'x = 1\n'), unit(['b.py'], 'y = 2\n')];
  const options = { emitters: [], listeners: [] };

  it('fails the extraction with the worker’s own message', async () => {
    const script = path.join(temporary, 'failing-worker.mjs');
    fs.writeFileSync(
      script,
      "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => parentPort.postMessage({ ok: false, message: 'extractor bug' }));\n",
    );
    await expect(extractInWorkers(new URL(`file://${script}`), units, options, 2)).rejects.toThrow('extractor bug');
  });

  it('fails the extraction when a worker exits without answering', async () => {
    const script = path.join(temporary, 'exiting-worker.mjs');
    fs.writeFileSync(script, "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => process.exit(3));\n");
    await expect(extractInWorkers(new URL(`file://${script}`), units, options, 2)).rejects.toThrow('exit code 3');
  });
});
