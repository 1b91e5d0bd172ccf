import fs from 'node:fs/promises';
import type { DiscoveredFile } from '../discover/discover-files.js';
import { fileKindOf } from '../discover/file-kinds.js';
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
  try {
    const handle = await fs.open(file.absolutePath, 'r');
    try {
      const { size } = await handle.stat();
      if (size > maxFileSize) return `over the size limit: ${size}`;
      return `sha256: ${sha256(await handle.readFile())}`;
    } finally {
      await handle.close();
    }
  } catch (error) {
    return `cannot be read: ${(error as NodeJS.ErrnoException).code ?? 'unknown error'}`;
  }
}
