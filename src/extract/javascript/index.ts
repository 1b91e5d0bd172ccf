import type { SkippedFile } from '../../model/site.js';
import type { SourceFile } from '../../model/source-file.js';
import type { ExtractionResult, LanguageExtractor } from '../extractor.js';
import { findSites } from './find-sites.js';
import { parseJavascript } from './parse.js';
import { ParsedFile } from './parsed-file.js';
import { Project } from './project.js';

function extract(files: readonly SourceFile[]): ExtractionResult {
  const parsed: ParsedFile[] = [];
  const skipped: SkippedFile[] = [];
  for (const file of files) {
    const outcome = parseJavascript(file);
    if (outcome.ok) {
      parsed.push(new ParsedFile(file, outcome.ast, outcome.text));
    } else {
      const reason = file.embeddedIn ? `${file.embeddedIn}: ${outcome.reason}` : outcome.reason;
      skipped.push({ file: file.path, reason });
    }
  }
  return { sites: findSites(new Project(parsed)), skipped };
}

/** JavaScript and TypeScript, including `<script>` blocks cut from `.html`, `.vue` and `.svelte` files. */
export const javascriptExtractor: LanguageExtractor = {
  language: 'javascript',
  extract: async (files) => extract(files),
};
