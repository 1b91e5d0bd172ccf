import fs from 'node:fs/promises';
import path from 'node:path';
import { readEntry, writeEntry } from './cache-store.js';
import { type StoredFacts, FactsByContent } from './file-facts.js';
import { type FileFingerprints, fileFingerprints } from './file-fingerprints.js';
import type { CachedScan, CachedScanInput, CacheOptions, ScanReuse } from './scan-cache.js';
import { sha256 } from './sha256.js';
import { toolFingerprint } from './tool-fingerprint.js';
import { type StoredUnitResults, UnitResults } from './unit-results.js';

/** What a slot holds: the scan's result, and each unit's and file's, for the next scan after a change. */
interface StoredScan extends CachedScan {
  units: StoredUnitResults;
  facts: StoredFacts;
}

/**
 * `cachedScan`'s work: look the scan's key up; else compute the scan, reusing the units of the
 * slot's last entry, and store it under that key.
 */
export async function scanThroughCache(
  cache: CacheOptions,
  input: CachedScanInput,
  compute: (reuse?: ScanReuse) => Promise<CachedScan>,
): Promise<CachedScan> {
  const folder = path.resolve(input.cwd, cache.location);
  let fingerprints: FileFingerprints;
  let key: string;
  try {
    await fs.mkdir(folder, { recursive: true });
    fingerprints = fileFingerprints(input.files, input.cwd, input.maxFileSize);
    key = await scanKey(input, fingerprints);
  } catch (error) {
    cache.onWarning?.(`the cache folder ${folder} cannot be used (${errorCode(error)}); scanning without the cache`);
    return compute();
  }
  const slot = sha256(JSON.stringify(input.settings));
  const stored = await readEntry(folder, slot);
  const last = isStoredScan(stored?.value) ? stored.value : undefined;
  if (last && stored?.key === key) return { sites: last.sites, skipped: last.skipped };
  const reuse = { units: new UnitResults(await toolFingerprint(), last?.units), facts: new FactsByContent(fingerprints.hashes, last?.facts) };
  const computed = await compute(reuse);
  // A file edited between hashing and reading would file this result under bytes it was not computed from.
  if ((await scanKey(input, fileFingerprints(input.files, input.cwd, input.maxFileSize))) !== key) return computed;
  try {
    const entry: StoredScan = { ...computed, units: reuse.units.toStored(), facts: reuse.facts.toStored() };
    await writeEntry(folder, slot, key, entry);
  } catch (error) {
    cache.onWarning?.(`the cache entry cannot be written to ${folder} (${errorCode(error)})`);
  }
  return computed;
}

async function scanKey(input: CachedScanInput, fingerprints: FileFingerprints): Promise<string> {
  return sha256(JSON.stringify([await toolFingerprint(), input.settings, fingerprints.lines]));
}

function isStoredScan(value: unknown): value is StoredScan {
  const entry = value as Partial<StoredScan> | undefined;
  const units = entry?.units;
  return (
    Array.isArray(entry?.sites) &&
    Array.isArray(entry.skipped) &&
    typeof entry.facts === 'object' &&
    entry.facts !== null &&
    typeof units === 'object' &&
    units !== null &&
    Object.values(units).every((unit) => Array.isArray(unit?.sites) && Array.isArray(unit.skipped))
  );
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}
