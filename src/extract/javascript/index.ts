import type { SkippedFile } from '../../model/site.js';
import type { SourceFile } from '../../model/source-file.js';
import { type ExtractionResult, type ExtractOptions, type LanguageExtractor, NO_EXTRACT_OPTIONS } from '../extractor.js';
import { findSites } from './find-sites.js';
import { parseJavascript } from './parse.js';
import { ParsedFile } from './parsed-file.js';
import type { SkippedLines } from './skipped-lines.js';
import { Project } from './project.js';

/** `script block at line 4: line 6 skipped (not JavaScript: Unexpected token (6:9)), the rest analysed`. */
function skippedLinesNote(file: SourceFile, skipped: SkippedLines): string {
  const lines = skipped.lines.length === 1 ? `line ${skipped.lines[0]}` : `lines ${skipped.lines.join(', ')}`;
  return `${file.embeddedIn ?? file.path}: ${lines} skipped (not JavaScript: ${skipped.reason}), the rest analysed`;
}

function extract(files: readonly SourceFile[], options: ExtractOptions): ExtractionResult {
  const parsed: ParsedFile[] = [];
  const skipped: SkippedFile[] = [];
  for (const file of files) {
    const outcome = parseJavascript(file);
    if (outcome.ok) {
      const parsedFile = new ParsedFile(file, outcome.ast, outcome.text);
      parsedFile.dropLocations();
      parsed.push(parsedFile);
      if (outcome.skippedLines) skipped.push({ file: file.path, reason: skippedLinesNote(file, outcome.skippedLines) });
    } else {
      const reason = file.embeddedIn ? `${file.embeddedIn}: ${outcome.reason}` : outcome.reason;
      skipped.push({ file: file.path, reason });
    }
  }
  return { sites: findSites(new Project(parsed), options), skipped };
}

/** JavaScript and TypeScript, including `<script>` blocks cut from `.html`, `.vue` and `.svelte` files. */
export const javascriptExtractor: LanguageExtractor = {
  language: 'javascript',
  extract: async (files, options = NO_EXTRACT_OPTIONS) => extract(files, options),
};
