import { extractSites, sortedExtraction } from '../../src/extract/index.js';
import type { ExtractionResult } from '../../src/extract/extractor.js';
import type { LoadedSources } from '../../src/discover/load-sources.js';
import { extractEachUnit } from '../../src/extract/parallel/extract-units.js';

/**
 * The sites of loaded sources as a scan extracts them: unit by unit with the prefilter's groups,
 * or every file at once (`whole`), as the analysis without the prefilter does.
 */
export async function extractLoaded(loaded: LoadedSources, how: 'unit by unit' | 'whole'): Promise<ExtractionResult> {
  return how === 'whole' ? extractSites(loaded.sources) : sortedExtraction(await extractEachUnit(loaded.units));
}
