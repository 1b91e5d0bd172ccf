import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { analyze } from '../../src/index.js';
import { REPORTERS } from '../../src/report/index.js';
import { fixtureScanOptions as fixtureScan } from '../helpers/fixtures.js';
import { REPO_ROOT } from '../helpers/run-cli.js';

/** How the next scans reorder what discovery finds: the identity until a test sets a permutation. */
const discovery = vi.hoisted(() => ({ reorder: <T>(items: T[]): T[] => items }));

vi.mock('../../src/discover/discover-files.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/discover/discover-files.js')>();
  return { ...original, discoverFiles: async (...args: Parameters<typeof original.discoverFiles>) => discovery.reorder(await original.discoverFiles(...args)) };
});

async function jsonReport(fixture: string): Promise<string> {
  const scan = fixtureScan(fixture);
  const contract = scan.contract === undefined ? {} : { contract: path.join(REPO_ROOT, scan.contract) };
  const result = await analyze({ backend: scan.backend, frontend: scan.frontend, ...contract, cwd: REPO_ROOT });
  return REPORTERS.json(result, { color: false });
}

/** `keys` sorted, read as a permutation: item i goes where the i-th smallest key is. */
function permutation(keys: readonly number[]) {
  return <T>(items: T[]): T[] =>
    items
      .map((item, index) => ({ item, key: keys[index % keys.length] ?? 0, index }))
      .sort((a, b) => a.key - b.key || b.index - a.index)
      .map(({ item }) => item);
}

describe('the JSON report does not depend on the order discovery lists files in', () => {
  it('scans through the reordering (nothing found when discovery finds nothing)', async () => {
    discovery.reorder = () => [];
    expect(JSON.parse(await jsonReport('mlops-dashboard')).events).toEqual([]);
    discovery.reorder = (items) => items;
  });

  it.each(['mlops-dashboard', 'monorepo-two-frontends', 'django-channels-react', 'socketio-typed-events'])(
    '%s: byte-identical for shuffled discovery orders',
    { timeout: 120_000 },
    async (fixture) => {
      discovery.reorder = (items) => items;
      const expected = await jsonReport(fixture);
      expect(JSON.parse(expected).events.length).toBeGreaterThan(0);
      await fc.assert(
        fc.asyncProperty(fc.array(fc.integer(), { minLength: 1, maxLength: 40 }), async (keys) => {
          discovery.reorder = permutation(keys);
          expect(await jsonReport(fixture)).toBe(expected);
        }),
        { numRuns: 8 },
      );
      discovery.reorder = (items) => [...items].reverse();
      expect(await jsonReport(fixture)).toBe(expected);
    },
  );
});
