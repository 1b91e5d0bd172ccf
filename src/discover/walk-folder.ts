import type { Dirent } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { compareStrings } from '../util/compare.js';
import { isIgnored, rulesAbove, rulesIn, type IgnoreRules } from './gitignore.js';
import type { GlobMatcher } from './glob-pattern.js';

export interface WalkOptions {
  /** Files the scan reads, by relative path (`/`-separated); folders are always entered unless excluded. */
  wanted(relativePath: string): boolean;
  excludes: GlobMatcher;
  /** Honour `.gitignore` files (those of the root and below, and those above it inside its git repository). */
  gitignore: boolean;
}

/** Something found under the root that is not scanned, and why. */
export interface WalkSkip {
  absolutePath: string;
  reason: string;
}

export interface WalkResult {
  files: string[];
  skipped: WalkSkip[];
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? 'unknown error';
}

/**
 * Lists the wanted files under `root`. Symbolic links are never followed (so a link loop or a link
 * out of the root is harmless) and are reported, like folders that cannot be read and entries that
 * are not regular files; hidden entries are left out.
 */
export async function walkFolder(root: string, options: WalkOptions): Promise<WalkResult> {
  const result: WalkResult = { files: [], skipped: [] };
  const pending: Array<{ folder: string; rules: IgnoreRules }> = [{ folder: root, rules: options.gitignore ? rulesAbove(root) : [] }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const rules = options.gitignore ? rulesIn(next.folder, next.rules) : next.rules;
    let entries: Dirent[];
    try {
      entries = await fs.readdir(next.folder, { withFileTypes: true });
    } catch (error) {
      result.skipped.push({ absolutePath: next.folder, reason: `folder cannot be read (${errorCode(error)})` });
      continue;
    }
    entries.sort((a, b) => compareStrings(a.name, b.name));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const absolutePath = path.join(next.folder, entry.name);
      const relativePath = path.relative(root, absolutePath).split(path.sep).join('/');
      const isFolder = entry.isDirectory();
      if (isFolder ? options.excludes.excludesFolder(relativePath) : options.excludes.excludesFile(relativePath)) continue;
      if (options.gitignore && isIgnored(rules, absolutePath, isFolder)) continue;
      if (isFolder) pending.push({ folder: absolutePath, rules });
      else if (entry.isFile()) {
        if (options.wanted(relativePath)) result.files.push(absolutePath);
      } else if (entry.isSymbolicLink()) {
        const reason = await symbolicLinkReason(absolutePath, options.wanted(relativePath));
        if (reason) result.skipped.push({ absolutePath, reason });
      } else if (options.wanted(relativePath)) {
        result.skipped.push({ absolutePath, reason: 'not a regular file' });
      }
    }
  }
  return result;
}

/** Links to folders and to wanted files are reported (not followed); other links are of no interest. */
async function symbolicLinkReason(absolutePath: string, wanted: boolean): Promise<string | undefined> {
  try {
    const target = await fs.stat(absolutePath);
    if (target.isDirectory()) return 'symbolic link to a folder (not followed)';
    return wanted ? 'symbolic link (not followed)' : undefined;
  } catch (error) {
    return `symbolic link that cannot be resolved (${errorCode(error)})`;
  }
}
