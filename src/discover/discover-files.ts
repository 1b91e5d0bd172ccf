import fs from 'node:fs';
import { UsageError } from '../errors.js';
import type { Side } from '../model/site.js';
import { compareStrings } from '../util/compare.js';
import { isWithin } from '../util/paths.js';
import { DEFAULT_EXCLUDES, TEST_EXCLUDES } from './default-excludes.js';
import { fileKindOf } from './file-kinds.js';
import { createGlobMatcher } from './glob-pattern.js';
import { walkFolder } from './walk-folder.js';

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
  /** When given, only files matching one of these globs (relative to each root) are scanned. */
  include?: readonly string[];
  /** Leave out what `.gitignore` files ignore (default true). */
  gitignore?: boolean;
}

export interface DiscoveredFile {
  absolutePath: string;
  side: Side;
  /**
   * Set for an entry found but not read: a symbolic link (never followed), a folder that cannot be
   * opened, something that is not a regular file. It is listed as skipped with this reason.
   */
  skipReason?: string;
}

/**
 * Lists the files to scan, each on the side of the innermost root that contains it: a Node
 * server in `app/` serving `app/public/` gives `app/public/*` to the frontend only.
 */
export async function discoverFiles(options: DiscoverOptions): Promise<DiscoveredFile[]> {
  const rootsInnermostFirst = [...options.roots].sort((a, b) => b.path.length - a.path.length);
  const found = new Map<string, string | undefined>();
  for (const root of options.roots) {
    for (const entry of await entriesUnder(root.path, options)) {
      if (!found.has(entry.absolutePath) || entry.skipReason === undefined) found.set(entry.absolutePath, entry.skipReason);
    }
  }
  return [...found.keys()].sort(compareStrings).map((absolutePath) => {
    const side = rootsInnermostFirst.find((root) => isWithin(absolutePath, root.path))!.side;
    const skipReason = found.get(absolutePath);
    return skipReason === undefined ? { absolutePath, side } : { absolutePath, side, skipReason };
  });
}

async function entriesUnder(rootPath: string, options: DiscoverOptions): Promise<Array<Omit<DiscoveredFile, 'side'>>> {
  const stats = statRoot(rootPath);
  // A file named on the command line is scanned even where a default exclude would skip it.
  if (stats.isFile()) return [{ absolutePath: rootPath }];
  const excludes = createGlobMatcher([...DEFAULT_EXCLUDES, ...(options.includeTests ? [] : TEST_EXCLUDES), ...(options.exclude ?? [])]);
  const includes = options.include?.length ? createGlobMatcher(options.include) : undefined;
  const walked = await walkFolder(rootPath, {
    wanted: (relativePath) =>
      (fileKindOf(relativePath) !== undefined || relativePath.endsWith('.d.ts')) && (includes?.excludesFile(relativePath) ?? true),
    excludes,
    gitignore: options.gitignore ?? true,
  });
  return [
    ...walked.files.map((absolutePath) => ({ absolutePath })),
    ...walked.skipped.map((skip) => ({ absolutePath: skip.absolutePath, skipReason: skip.reason })),
  ];
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
