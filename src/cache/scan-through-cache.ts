import fs from 'node:fs/promises';
import path from 'node:path';
import { type EntryStore, folderStore, memoryStore } from './cache-store.js';
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
 * `cachedScan`'s work: look the scan's key up; else compute the scan, reusing the file facts and
 * units of the slot's last entry, and store it under that key.
 */
export async function scanThroughCache(
  cache: CacheOptions,
  input: CachedScanInput,
  compute: (reuse?: ScanReuse) => Promise<CachedScan>,
): Promise<CachedScan> {
  const store = await openStore(cache, input.cwd);
  const fingerprints = store && (await fingerprintsOrWarning(cache, input));
  if (!store || !fingerprints) return compute();
  const key = await scanKey(input, fingerprints);
  const slot = sha256(JSON.stringify(input.settings));
  const stored = await store.read(slot);
  const last = isStoredScan(stored?.value) ? stored.value : undefined;
  if (last && stored?.key === key) return { sites: last.sites, skipped: last.skipped };
  const reuse = { units: new UnitResults(await toolFingerprint(), last?.units), facts: new FactsByContent(fingerprints.hashes, last?.facts) };
  const computed = await compute(reuse);
  // A file edited between hashing and reading would file this result under bytes it was not computed from.
  if ((await scanKey(input, fileFingerprints(input.files, input.cwd, input.maxFileSize))) !== key) return computed;
  try {
    const entry: StoredScan = { ...computed, units: reuse.units.toStored(), facts: reuse.facts.toStored() };
    await store.write(slot, key, entry);
  } catch (error) {
    cache.onWarning?.(`the cache entry cannot be written to ${path.resolve(input.cwd, cache.location ?? '.')} (${errorCode(error)})`);
  }
  return computed;
}

/** The map or the folder the entries are kept in; undefined (after a warning) when the folder cannot be created. */
async function openStore(cache: CacheOptions, cwd: string): Promise<EntryStore | undefined> {
  if (cache.memory) return memoryStore(cache.memory);
  const folder = path.resolve(cwd, cache.location ?? '.');
  try {
    await fs.mkdir(folder, { recursive: true });
    return folderStore(folder);
  } catch (error) {
    cache.onWarning?.(`the cache folder ${folder} cannot be used (${errorCode(error)}); scanning without the cache`);
    return undefined;
  }
}

/** Every file's fingerprint, and the tool's (computed once); undefined, after a warning, when they cannot be had. */
async function fingerprintsOrWarning(cache: CacheOptions, input: CachedScanInput): Promise<FileFingerprints | undefined> {
  try {
    await toolFingerprint();
    return fileFingerprints(input.files, input.cwd, input.maxFileSize);
  } catch (error) {
    cache.onWarning?.(`the cache cannot be used (${errorCode(error)}); scanning without the cache`);
    return undefined;
  }
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
