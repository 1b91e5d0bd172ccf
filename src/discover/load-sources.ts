import type { SkippedFile } from '../model/site.js';
import type { SourceFile } from '../model/source-file.js';
import { embeddedScripts } from '../extract/embedded/index.js';
import { displayPath } from '../util/paths.js';
import type { DiscoveredFile } from './discover-files.js';
import { fileKindOf } from './file-kinds.js';
import { readSource } from './read-source.js';

export interface LoadedSources {
  sources: SourceFile[];
  skipped: SkippedFile[];
}

/** Files read at once; enough to keep the disk busy without holding the whole tree in memory. */
const READ_BATCH_SIZE = 64;

/**
 * Reads the discovered files and turns each into the source files the extractors see: the file
 * itself, or one virtual file per `<script>` block of an `.html`, `.vue` or `.svelte` file.
 */
export async function loadSources(files: readonly DiscoveredFile[], cwd: string): Promise<LoadedSources> {
  const loaded: LoadedSources = { sources: [], skipped: [] };
  for (let start = 0; start < files.length; start += READ_BATCH_SIZE) {
    const batch = files.slice(start, start + READ_BATCH_SIZE);
    const texts = await Promise.all(batch.map((file) => readSource(file.absolutePath)));
    batch.forEach((file, index) => {
      const outcome = texts[index]!;
      const shownPath = displayPath(file.absolutePath, cwd);
      if (!outcome.ok) {
        loaded.skipped.push({ file: shownPath, reason: outcome.reason });
        return;
      }
      const kind = fileKindOf(file.absolutePath);
      if (!kind) {
        loaded.skipped.push({ file: shownPath, reason: 'not a file type ws-gap reads' });
        return;
      }
      const source: SourceFile = { path: shownPath, absolutePath: file.absolutePath, side: file.side, language: kind.language, text: outcome.text };
      loaded.sources.push(...(kind.embedded ? embeddedScripts(source) : [source]));
    });
  }
  return loaded;
}
