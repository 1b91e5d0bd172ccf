import fs from 'node:fs/promises';
import path from 'node:path';
import type { DiscoveredFile } from '../discover/discover-files.js';
import type { Site, SkippedFile } from '../model/site.js';
import { readEntry, writeEntry } from './cache-store.js';
import { fileFingerprints } from './file-fingerprints.js';
import { sha256 } from './sha256.js';
import { toolFingerprint } from './tool-fingerprint.js';

export interface CacheOptions {
  /** The cache folder, resolved against the scan's `cwd`; created when missing (see `defaultCacheLocation`). */
  location: string;
  /** Told, once per scan, when the cache cannot be used or written; the scan goes on without it. */
  onWarning?: (message: string) => void;
}

/** What the cache keeps of a scan: everything that comes from reading and parsing the files. */
export interface CachedScan {
  /** Sites with their suppressions applied. */
  sites: Site[];
  /** Files skipped while reading or parsing. */
  skipped: SkippedFile[];
}

export interface CachedScanInput {
  cwd: string;
  files: readonly DiscoveredFile[];
  maxFileSize: number;
  /** Every option that changes which files are found or what is extracted from them (JSON-serialisable). */
  settings: unknown;
}

/**
 * The scan's sites and skipped files, from the cache when an entry was made by the same code,
 * with the same settings, from the same bytes at the same paths; else computed and stored. One
 * entry covers the whole scan: the extractors resolve names across every file they are given (a
 * Python method called by a name only one class defines, anywhere), so no part of the result can
 * be reused when any file differs.
 */
export async function cachedScan(cache: CacheOptions, input: CachedScanInput, compute: () => Promise<CachedScan>): Promise<CachedScan> {
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
  const stored = await readEntry(folder, slot, key);
  if (isCachedScan(stored)) return stored;
  const computed = await compute();
  // A file edited between hashing and reading would file this result under bytes it was not computed from.
  if ((await scanKey(input)) !== key) return computed;
  try {
    await writeEntry(folder, slot, key, computed);
  } catch (error) {
    cache.onWarning?.(`the cache entry cannot be written to ${folder} (${errorCode(error)})`);
  }
  return computed;
}

async function scanKey(input: CachedScanInput): Promise<string> {
  const files = await fileFingerprints(input.files, input.cwd, input.maxFileSize);
  return sha256(JSON.stringify([await toolFingerprint(), input.settings, files]));
}

function isCachedScan(value: unknown): value is CachedScan {
  const entry = value as Partial<CachedScan> | undefined;
  return Array.isArray(entry?.sites) && Array.isArray(entry.skipped);
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}
