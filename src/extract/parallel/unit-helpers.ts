import type { ExtractionUnit, ExtractOptions } from '../extractor.js';

/** The options a unit is extracted with: the scan's, and what the unit is told of the files outside it. */
export function unitOptions(unit: ExtractionUnit, options: ExtractOptions): ExtractOptions {
  return { ...options, methodsDefinedElsewhere: unit.methodsDefinedElsewhere };
}

/** How much source text a unit has (UTF-16 code units): what its extraction costs, roughly. */
export function textLength(unit: ExtractionUnit): number {
  return unit.sources.reduce((sum, source) => sum + source.text.length, 0);
}
