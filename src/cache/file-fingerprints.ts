import type { DiscoveredFile } from '../discover/discover-files.js';
import { fileKindOf } from '../discover/file-kinds.js';
import { withFileBytes } from '../discover/read-source.js';
import { displayPath } from '../util/paths.js';
import { sha256 } from './sha256.js';

export interface FileFingerprints {
  /**
   * One line per discovered file, sorted, saying everything the scan will learn from it: where it
   * is, its side, and what reading it gives (the reason it is skipped, its size when over the
   * limit, the error that stops it being read, or the SHA-256 of its bytes). Equal lines mean the
   * scan reads the same bytes from the same paths.
   */
  lines: string[];
  /** Absolute path → SHA-256 of the bytes, for the files that were read. */
  hashes: Map<string, string>;
}

export function fileFingerprints(files: readonly DiscoveredFile[], cwd: string, maxFileSize: number): FileFingerprints {
  const lines: string[] = [];
  const hashes = new Map<string, string>();
  for (const file of files) {
    const state = contentState(file, maxFileSize);
    if (state.startsWith(HASH_PREFIX)) hashes.set(file.absolutePath, state.slice(HASH_PREFIX.length));
    lines.push(JSON.stringify([displayPath(file.absolutePath, cwd), file.absolutePath, file.side, state]));
  }
  return { lines: lines.sort(), hashes };
}

const HASH_PREFIX = 'sha256: ';

/** What reading the file gives, as `readSource` sees it: the same checks in the same order. */
function contentState(file: DiscoveredFile, maxFileSize: number): string {
  if (file.skipReason !== undefined) return `skipped: ${file.skipReason}`;
  if (!fileKindOf(file.absolutePath)) return 'not read';
  const outcome = withFileBytes(file.absolutePath, maxFileSize, sha256);
  if (outcome.kind === 'read') return `${HASH_PREFIX}${outcome.value}`;
  return outcome.kind === 'too large' ? `over the size limit: ${outcome.size}` : `cannot be read: ${outcome.code}`;
}
