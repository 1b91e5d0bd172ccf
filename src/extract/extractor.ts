import type { Site, SkippedFile } from '../model/site.js';
import type { Language, SourceFile } from '../model/source-file.js';

export interface ExtractionResult {
  sites: Site[];
  /** Files that could not be parsed, with the parser's reason. The other files are still analysed. */
  skipped: SkippedFile[];
}

/**
 * A language front-end. It receives every file of its language at once because helpers,
 * constants and enums are followed across modules.
 */
export interface LanguageExtractor {
  language: Language;
  extract(files: readonly SourceFile[]): Promise<ExtractionResult>;
}
