import fs from 'node:fs/promises';
import path from 'node:path';
import { readEntry, writeEntry } from './cache-store.js';
import { fileFingerprints } from './file-fingerprints.js';
import type { CachedScan, CachedScanInput, CacheOptions } from './scan-cache.js';
import { sha256 } from './sha256.js';
import { toolFingerprint } from './tool-fingerprint.js';
import { type StoredUnitResults, UnitResults } from './unit-results.js';

/** What a slot holds: the scan's result, and each unit's, for the next scan after a change. */
interface StoredScan extends CachedScan {
  units: StoredUnitResults;
}

/**
 * `cachedScan`'s work: look the scan's key up; else compute the scan, reusing the units of the
 * slot's last entry, and store it under that key.
 */
export async function scanThroughCache(
  cache: CacheOptions,
  input: CachedScanInput,
  compute: (reuse?: UnitResults) => Promise<CachedScan>,
): Promise<CachedScan> {
  const folder = path.resolve(input.cwd, cache.location);
  let key: string;
  try {
    await fs.mkdir(folder, { recursive: true });
    key = await scanKey(input);
  } catch (error) {
    cache.onWarning?.(`the cache folder ${folder} cannot be used (${errorCode(error)}); scanning without the cache`);
    return compute();
  }
  const slot = sha256(JSON.stringify(input.settings));
  const stored = await readEntry(folder, slot);
  const last = isStoredScan(stored?.value) ? stored.value : undefined;
  if (last && stored?.key === key) return { sites: last.sites, skipped: last.skipped };
  const reuse = new UnitResults(await toolFingerprint(), last?.units);
  const computed = await compute(reuse);
  // A file edited between hashing and reading would file this result under bytes it was not computed from.
  if ((await scanKey(input)) !== key) return computed;
  try {
    await writeEntry(folder, slot, key, { ...computed, units: reuse.toStored() } satisfies StoredScan);
  } catch (error) {
    cache.onWarning?.(`the cache entry cannot be written to ${folder} (${errorCode(error)})`);
  }
  return computed;
}

async function scanKey(input: CachedScanInput): Promise<string> {
  const files = await fileFingerprints(input.files, input.cwd, input.maxFileSize);
  return sha256(JSON.stringify([await toolFingerprint(), input.settings, files]));
}

function isStoredScan(value: unknown): value is StoredScan {
  const entry = value as Partial<StoredScan> | undefined;
  const units = entry?.units;
  return (
    Array.isArray(entry?.sites) &&
    Array.isArray(entry.skipped) &&
    typeof units === 'object' &&
    units !== null &&
    Object.values(units).every((unit) => Array.isArray(unit?.sites) && Array.isArray(unit.skipped))
  );
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}
