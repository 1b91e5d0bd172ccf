import type { Language, SourceFile } from '../model/source-file.js';
import { compareLocations, compareStrings } from '../util/compare.js';
import { type ExtractionResult, type ExtractOptions, type LanguageExtractor, NO_EXTRACT_OPTIONS } from './extractor.js';
import { javascriptExtractor } from './javascript/index.js';
import { pythonExtractor } from './python/index.js';

/** The language front-ends, one module each. */
const EXTRACTORS: Readonly<Record<Language, LanguageExtractor>> = {
  python: pythonExtractor,
  javascript: javascriptExtractor,
};

/** Runs every language's extractor on its files; the result is sorted, whatever the input order. */
export async function extractSites(
  sources: readonly SourceFile[],
  options: ExtractOptions = NO_EXTRACT_OPTIONS,
): Promise<ExtractionResult> {
  const parts: ExtractionResult[] = [];
  for (const extractor of Object.values(EXTRACTORS)) {
    const files = sources.filter((source) => source.language === extractor.language);
    if (files.length > 0) parts.push(await extractor.extract(files, options));
  }
  return sortedExtraction(parts);
}

/** Several extractions as one, sorted by location: the same whatever order the parts come in. */
export function sortedExtraction(parts: readonly ExtractionResult[]): ExtractionResult {
  return {
    sites: parts
      .flatMap((part) => part.sites)
      .sort((a, b) => compareLocations(a, b) || compareStrings(a.name, b.name) || compareStrings(a.kind, b.kind)),
    skipped: parts
      .flatMap((part) => part.skipped)
      .sort((a, b) => compareStrings(a.file, b.file) || compareStrings(a.reason, b.reason)),
  };
}
