import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/generate-corpus.mjs';
import { discoverFiles, type ScanRoot } from '../../src/discover/discover-files.js';
import { loadSources } from '../../src/discover/load-sources.js';
import { extractLoaded } from '../helpers/extract-units.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ws-gap-corpus-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('prefilter on a small benchmark corpus (services, apps and packages, some with event code)', () => {
  it('parses fewer files and finds, group by group, exactly the sites of the full analysis', { timeout: 120_000 }, async () => {
    generateCorpus(root, { seed: 11, files: 420 });
    const roots: ScanRoot[] = [
      { side: 'backend', path: path.join(root, 'services') },
      { side: 'frontend', path: path.join(root, 'apps') },
      { side: 'frontend', path: path.join(root, 'packages') },
    ];
    const discovered = await discoverFiles({ roots, includeTests: false });
    const full = await loadSources(discovered, root, { prefilter: false });
    const filtered = await loadSources(discovered, root, { prefilter: true });
    const fullSites = (await extractLoaded(full, 'whole')).sites;
    const filteredSites = (await extractLoaded(filtered, 'unit by unit')).sites;
    expect(fullSites.length).toBeGreaterThan(100);
    expect(filtered.sources.length).toBeLessThan(full.sources.length * 0.7);
    expect(filteredSites).toEqual(fullSites);
  });
});
