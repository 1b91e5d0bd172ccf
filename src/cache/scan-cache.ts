import type { DiscoveredFile } from '../discover/discover-files.js';
import type { Site, SkippedFile } from '../model/site.js';
import type { FactsByContent } from './file-facts.js';
import type { UnitResults } from './unit-results.js';

export interface CacheOptions {
  /** The cache folder, resolved against the scan's `cwd`; created when missing (see `defaultCacheLocation`). */
  location?: string;
  /**
   * Keeps the entries in this map instead of a folder: give the same map to every scan of one
   * process (`--watch` does, when `--cache` is not given).
   */
  memory?: Map<string, string>;
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

/** What the last scan with the same settings left that a scan after a change can reuse. */
export interface ScanReuse {
  /** Each unit's sites, by the unit's files. */
  units: UnitResults;
  /** Each file's prefilter facts, by its bytes. */
  facts: FactsByContent;
}

/**
 * The scan's sites and skipped files, from the cache when an entry was made by the same code,
 * with the same settings, from the same bytes at the same paths; else computed and stored. When
 * some file differs, `compute` is given what the last scan with these settings found, file by file
 * and unit by unit, and reads again only the files that changed (and those to parse), and parses
 * only the units whose files changed.
 */
export async function cachedScan(
  cache: CacheOptions,
  input: CachedScanInput,
  compute: (reuse?: ScanReuse) => Promise<CachedScan>,
): Promise<CachedScan> {
  // Loaded only with --cache, so that a scan without it loads no hashing or storage code (nor node:crypto).
  const { scanThroughCache } = await import('./scan-through-cache.js');
  return scanThroughCache(cache, input, compute);
}
