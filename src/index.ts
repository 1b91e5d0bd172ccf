import path from 'node:path';
import { assignCategories, type CategoryRule } from './analyze/categories.js';
import { eventsWithContract } from './analyze/contract.js';
import { summarizeContract } from './analyze/contract-summary.js';
import { crossReference } from './analyze/cross-reference.js';
import { globMatches } from './analyze/event-pattern.js';
import { summarize } from './analyze/summary.js';
import { applySuppressions } from './analyze/suppressions.js';
import { cachedScan, type CachedScan, type CacheOptions, type ScanReuse } from './cache/scan-cache.js';
import type { UnitResults } from './cache/unit-results.js';
import { discoverFiles, type DiscoveredFile, type ScanRoot } from './discover/discover-files.js';
import { DEFAULT_MAX_FILE_SIZE } from './discover/file-size.js';
import { loadSources } from './discover/load-sources.js';
import { UsageError } from './errors.js';
import { loadContract } from './extract/contracts/index.js';
import type { ExtractionResult, ExtractionUnit, ExtractOptions } from './extract/extractor.js';
import { sortedExtraction } from './extract/index.js';
import { extractEachUnit } from './extract/parallel/extract-units.js';
import { RESULT_VERSION, type Direction, type EventReport, type ScanResult } from './model/result.js';
import { compareStrings } from './util/compare.js';
import { displayPath } from './util/paths.js';

export type { ScanResult } from './model/result.js';
export type { Site } from './model/site.js';
export { UsageError } from './errors.js';
export { defaultCacheLocation } from './cache/default-cache-location.js';
export type { CacheOptions } from './cache/scan-cache.js';

export const DIRECTION_FILTERS = ['server-to-client', 'client-to-server', 'both'] as const;
export type DirectionFilter = (typeof DIRECTION_FILTERS)[number];

export type ScanProgress = { stage: 'reading'; done: number; total: number } | { stage: 'parsing'; files: number };

export interface ScanOptions {
  /** Backend folders or files. */
  backend: readonly string[];
  /** Frontend folders or files. */
  frontend: readonly string[];
  /** Scan test code too (left out by default). */
  includeTests?: boolean;
  /** Globs to leave out, relative to each root. */
  exclude?: readonly string[];
  /** When given, only files matching one of these globs (relative to each root) are scanned. */
  include?: readonly string[];
  categories?: readonly CategoryRule[];
  /** Event-name globs to leave out of the results entirely. */
  ignoreEvents?: readonly string[];
  /** Which directions to report (default both); client-local events go with server-to-client. */
  direction?: DirectionFilter;
  /**
   * A file of expected events: an AsyncAPI document, TypeScript event-map interfaces, or JSON with
   * an `expected` key. Without one, events carry no contract fields.
   */
  contract?: string;
  /** Paths are resolved against, and reported relative to, this folder. */
  cwd?: string;
  /** Files larger than this many bytes are skipped and listed as skipped (default 1 MB, `DEFAULT_MAX_FILE_SIZE`). */
  maxFileSize?: number;
  /** Told how far the scan is, for a progress line: files read so far, then the parsing stage. */
  onProgress?: (progress: ScanProgress) => void;
  /** In-house send and subscribe wrappers, by name: their first argument is the event name. */
  emitters?: readonly string[];
  listeners?: readonly string[];
  /**
   * Reuse the sites of an earlier scan with the same code, settings and file contents (`--cache`);
   * the result is the same as without it.
   */
  cache?: CacheOptions;
  /**
   * Worker threads that extract sites at once. Left out: one per core, for scans big enough to
   * gain from it. The result is the same with any number.
   */
  workers?: number;
}

/** The whole pipeline: discover files → parse and extract sites → cross-reference → result. */
export async function analyze(options: ScanOptions): Promise<ScanResult> {
  const cwd = options.cwd ?? process.cwd();
  const roots = scanRoots(options, cwd);
  const contract = options.contract === undefined ? undefined : await loadContract(options.contract, cwd);
  const files = await discoverFiles({ roots, includeTests: options.includeTests ?? false, exclude: options.exclude, include: options.include });
  const scanned = options.cache
    ? await cachedScan(options.cache, cacheInput(options, cwd, roots, files), (reuse) => scanFiles(options, cwd, files, reuse))
    : await scanFiles(options, cwd, files);
  const sites = scanned.sites;
  const matched = crossReference(sites);
  const rules = options.categories ?? [];
  const allEvents = contract ? eventsWithContract(matched, rules, contract) : assignCategories(matched, rules);
  const ignored = options.ignoreEvents ?? [];
  const events = allEvents.filter(
    (event) => isReported(event, options.direction ?? 'both') && !ignored.some((glob) => globMatches(glob, event.name)),
  );
  const shownRoots = (side: ScanRoot['side']) => roots.filter((root) => root.side === side).map((root) => displayPath(root.path, cwd));
  const reportedContract = contract && { ...contract, events: contract.events.filter((event) => isReported(event, options.direction ?? 'both')) };
  return {
    version: RESULT_VERSION,
    roots: { backend: shownRoots('backend'), frontend: shownRoots('frontend') },
    summary: summarize(events, sites, files.length),
    ...(reportedContract ? { contract: summarizeContract(events, reportedContract) } : {}),
    events,
    skipped: [...scanned.skipped].sort((a, b) => compareStrings(a.file, b.file)),
    ...(contract?.warnings.length ? { warnings: contract.warnings } : {}),
  };
}

/**
 * Reads the discovered files, parses those that can hold sites, and extracts the sites; what an
 * earlier scan found in the same files (prefilter facts, units' sites) is taken from `reuse` instead.
 */
async function scanFiles(options: ScanOptions, cwd: string, files: readonly DiscoveredFile[], reuse?: ScanReuse): Promise<CachedScan> {
  const wrappers = { emitters: options.emitters ?? [], listeners: options.listeners ?? [] };
  // The prefilter knows the libraries' vocabulary, not the project's own wrapper names (nor where
  // their event constants live), so configured wrappers mean every file is parsed.
  const prefilter = wrappers.emitters.length === 0 && wrappers.listeners.length === 0;
  const onFilesRead = (done: number, total: number) => options.onProgress?.({ stage: 'reading', done, total });
  const loaded = await loadSources(files, cwd, { maxFileSize: options.maxFileSize, prefilter, onFilesRead, knownFacts: reuse?.facts });
  const onParsing = (parsed: number) => options.onProgress?.({ stage: 'parsing', files: parsed });
  const extraction = await extractReusing(loaded.units, wrappers, { workers: options.workers, reuse: reuse?.units, onParsing });
  return { sites: applySuppressions(extraction.sites, loaded.sources), skipped: [...loaded.skipped, ...extraction.skipped] };
}

interface UnitExtraction {
  workers: number | undefined;
  /** Units of an earlier scan, when the cache has them. */
  reuse: UnitResults | undefined;
  /** Told how many source files are parsed (those of the units not reused). */
  onParsing: (files: number) => void;
}

async function extractReusing(units: readonly ExtractionUnit[], options: ExtractOptions, how: UnitExtraction): Promise<ExtractionResult> {
  const extract = (toParse: readonly ExtractionUnit[]) => {
    how.onParsing(toParse.reduce((files, unit) => files + unit.sources.length, 0));
    return extractEachUnit(toParse, options, how.workers);
  };
  return sortedExtraction(how.reuse ? await how.reuse.resultsOf(units, options, extract) : await extract(units));
}

/** Everything `scanFiles` depends on besides the files' bytes: what the cache keys its entry by. */
function cacheInput(options: ScanOptions, cwd: string, roots: readonly ScanRoot[], files: readonly DiscoveredFile[]) {
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const settings = {
    cwd,
    roots,
    includeTests: options.includeTests ?? false,
    include: options.include ?? [],
    exclude: options.exclude ?? [],
    maxFileSize,
    emitters: options.emitters ?? [],
    listeners: options.listeners ?? [],
  };
  return { cwd, files, maxFileSize, settings };
}

function scanRoots(options: ScanOptions, cwd: string): ScanRoot[] {
  if (options.backend.length === 0 || options.frontend.length === 0) {
    throw new UsageError('give at least one backend and one frontend path (ws-gap scan <backend> <frontend>)');
  }
  return [
    ...options.backend.map((root) => ({ side: 'backend' as const, path: path.resolve(cwd, root) })),
    ...options.frontend.map((root) => ({ side: 'frontend' as const, path: path.resolve(cwd, root) })),
  ];
}

function isReported(event: Pick<EventReport, 'direction'>, filter: DirectionFilter): boolean {
  const shownWith: Record<Direction, DirectionFilter> = {
    'server-to-client': 'server-to-client',
    'client-local': 'server-to-client',
    'client-to-server': 'client-to-server',
  };
  return filter === 'both' || shownWith[event.direction] === filter;
}
