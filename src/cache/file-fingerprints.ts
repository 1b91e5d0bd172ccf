import type { DiscoveredFile } from '../discover/discover-files.js';
import { fileKindOf } from '../discover/file-kinds.js';
import { withFileBytes } from '../discover/read-source.js';
import { displayPath } from '../util/paths.js';
import { sha256 } from './sha256.js';

/** Files hashed at once, as many as `loadSources` reads at once. */
const HASH_BATCH_SIZE = 64;

/**
 * One line per discovered file, sorted, saying everything the scan will learn from it: where it
 * is, its side, and what reading it gives (the reason it is skipped, its size when over the limit,
 * the error that stops it being read, or the SHA-256 of its bytes). Equal fingerprints mean the
 * scan reads the same bytes from the same paths.
 */
export async function fileFingerprints(files: readonly DiscoveredFile[], cwd: string, maxFileSize: number): Promise<string[]> {
  const lines: string[] = [];
  for (let start = 0; start < files.length; start += HASH_BATCH_SIZE) {
    const batch = files.slice(start, start + HASH_BATCH_SIZE);
    lines.push(
      ...(await Promise.all(
        batch.map(async (file) => JSON.stringify([displayPath(file.absolutePath, cwd), file.absolutePath, file.side, await contentState(file, maxFileSize)])),
      )),
    );
  }
  return lines.sort();
}

/** What reading the file gives, as `readSource` sees it: the same checks in the same order. */
async function contentState(file: DiscoveredFile, maxFileSize: number): Promise<string> {
  if (file.skipReason !== undefined) return `skipped: ${file.skipReason}`;
  if (!fileKindOf(file.absolutePath)) return 'not read';
  const outcome = await withFileBytes(file.absolutePath, maxFileSize, sha256);
  if (outcome.kind === 'read') return `sha256: ${outcome.value}`;
  return outcome.kind === 'too large' ? `over the size limit: ${outcome.size}` : `cannot be read: ${outcome.code}`;
}
