import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverFiles, type ScanRoot } from '../../src/discover/discover-files.js';
import { loadSources } from '../../src/discover/load-sources.js';
import { extractLoaded } from '../helpers/extract-units.js';
import { REPO_ROOT } from '../helpers/run-cli.js';
import { FIXTURES, FIXTURES_DIR, fixtureScanOptions as fixtureScan } from '../helpers/fixtures.js';

/** The scan roots of a fixture's `expected.json` command, by side. */
function fixtureRoots(fixture: string): ScanRoot[] {
  const scan = fixtureScan(fixture);
  return [
    ...scan.backend.map((root) => ({ side: 'backend' as const, path: path.join(REPO_ROOT, root) })),
    ...scan.frontend.map((root) => ({ side: 'frontend' as const, path: path.join(REPO_ROOT, root) })),
  ];
}

/** All files at once without the prefilter; with it, unit by unit, as the scan extracts them. */
async function analyse(roots: readonly ScanRoot[], prefilter: boolean) {
  const files = await discoverFiles({ roots, includeTests: false });
  const loaded = await loadSources(files, REPO_ROOT, { prefilter });
  const extraction = await extractLoaded(loaded, prefilter ? 'unit by unit' : 'whole');
  return { sources: loaded.sources.length, sites: extraction.sites, skipped: [...loaded.skipped, ...extraction.skipped] };
}

describe('prefilter on every fixture', () => {
  it('has fixtures to check', () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(10);
  });

  it.each(FIXTURES)('%s: the same sites and skipped files with and without the prefilter (unit by unit)', async (fixture) => {
    const roots = fixtureRoots(fixture);
    const full = await analyse(roots, false);
    const filtered = await analyse(roots, true);
    expect(full.sites.length).toBeGreaterThan(0);
    expect(filtered.sites).toEqual(full.sites);
    expect(filtered.skipped).toEqual(full.skipped);
  });

  it.each(FIXTURES)('%s scanned as one folder: the same sites with and without the prefilter (unit by unit)', async (fixture) => {
    const roots: ScanRoot[] = [{ side: 'backend', path: path.join(FIXTURES_DIR, fixture) }];
    const full = await analyse(roots, false);
    const filtered = await analyse(roots, true);
    expect(filtered.sites).toEqual(full.sites);
  });
});
