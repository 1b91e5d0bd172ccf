import fs from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { type ExtractionResult, type ExtractionUnit, type ExtractOptions, NO_EXTRACT_OPTIONS } from '../extractor.js';
import { extractSites } from '../index.js';
import { textLength, unitOptions } from './unit-helpers.js';
import { extractInWorkers } from './worker-pool.js';

/** Below this much source text (UTF-16 units, about bytes), starting workers costs more than it saves. */
const POOL_MIN_TEXT = 2_000_000;

/** The compiled worker; absent when ws-gap runs from its TypeScript sources (as under vitest). */
const WORKER_SCRIPT = new URL('./extract-worker.js', import.meta.url);

/**
 * Extracts each unit (a group of files that refers to nothing outside itself) on its own, in a
 * pool of worker threads when that pays; one result per unit, in the units' order, whatever ran
 * where. `workers` is how many threads may run at once: left out, as many as the machine has
 * cores, and only for scans big enough; given, it is used whenever there are two units or more.
 */
export async function extractEachUnit(
  units: readonly ExtractionUnit[],
  options: ExtractOptions = NO_EXTRACT_OPTIONS,
  workers?: number,
): Promise<ExtractionResult[]> {
  const poolSize = poolSizeFor(units, workers);
  return poolSize > 1 ? extractInWorkers(WORKER_SCRIPT, units, options, poolSize) : extractInProcess(units, options);
}

/** One unit after the other, so only one unit's syntax trees are alive at a time. */
async function extractInProcess(units: readonly ExtractionUnit[], options: ExtractOptions): Promise<ExtractionResult[]> {
  const parts: ExtractionResult[] = [];
  for (const unit of units) parts.push(await extractSites(unit.sources, unitOptions(unit, options)));
  return parts;
}

export function poolSizeFor(units: readonly ExtractionUnit[], requested: number | undefined): number {
  const size = Math.min(requested ?? os.availableParallelism(), units.length);
  if (size < 2 || !fs.existsSync(fileURLToPath(WORKER_SCRIPT))) return 1;
  const text = units.reduce((total, unit) => total + textLength(unit), 0);
  return requested === undefined && text < POOL_MIN_TEXT ? 1 : size;
}
