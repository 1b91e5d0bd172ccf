import fs from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { UsageError } from '../errors.js';
import type { Side } from '../model/site.js';
import { compareStrings } from '../util/compare.js';
import { isWithin } from '../util/paths.js';
import { DEFAULT_EXCLUDES, TEST_EXCLUDES } from './default-excludes.js';
import { SCANNED_EXTENSIONS } from './file-kinds.js';

export interface ScanRoot {
  side: Side;
  /** Absolute path of a folder or a single file. */
  path: string;
}

export interface DiscoverOptions {
  roots: readonly ScanRoot[];
  includeTests: boolean;
  /** Extra glob patterns to leave out, relative to each root. */
  exclude?: readonly string[];
}

export interface DiscoveredFile {
  absolutePath: string;
  side: Side;
}

/**
 * Lists the files to scan, each on the side of the innermost root that contains it: a Node
 * server in `app/` serving `app/public/` gives `app/public/*` to the frontend only.
 */
export async function discoverFiles(options: DiscoverOptions): Promise<DiscoveredFile[]> {
  const rootsInnermostFirst = [...options.roots].sort((a, b) => b.path.length - a.path.length);
  const found = new Set<string>();
  for (const root of options.roots) {
    for (const file of await filesUnder(root.path, options)) found.add(file);
  }
  return [...found].sort(compareStrings).map((absolutePath) => ({
    absolutePath,
    side: rootsInnermostFirst.find((root) => isWithin(absolutePath, root.path))!.side,
  }));
}

async function filesUnder(rootPath: string, options: DiscoverOptions): Promise<string[]> {
  const stats = statRoot(rootPath);
  // A file named on the command line is scanned even where a default exclude would skip it.
  if (stats.isFile()) return [rootPath];
  const ignore = [...DEFAULT_EXCLUDES, ...(options.includeTests ? [] : TEST_EXCLUDES), ...(options.exclude ?? [])];
  const extensions = SCANNED_EXTENSIONS.map((extension) => extension.slice(1)).join(',');
  const files = await fg(`**/*.{${extensions}}`, {
    cwd: rootPath,
    absolute: true,
    onlyFiles: true,
    dot: false,
    followSymbolicLinks: false,
    suppressErrors: true,
    caseSensitiveMatch: false,
    ignore,
  });
  return files.map((file) => path.normalize(file));
}

function statRoot(rootPath: string): fs.Stats {
  try {
    return fs.statSync(rootPath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const problem = code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? 'unknown error'})`;
    throw new UsageError(`path ${rootPath} ${problem}`);
  }
}
