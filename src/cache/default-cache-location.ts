import fs from 'node:fs';
import path from 'node:path';

/**
 * Where `--cache` keeps its entries when `--cache-location` is not given, as ESLint and Babel do:
 * `node_modules/.cache/ws-gap` when `cwd` has a `node_modules` folder, else `.ws-gap-cache`.
 */
export function defaultCacheLocation(cwd: string): string {
  const nodeModules = path.join(cwd, 'node_modules');
  const hasNodeModules = fs.statSync(nodeModules, { throwIfNoEntry: false })?.isDirectory() ?? false;
  return hasNodeModules ? path.join(nodeModules, '.cache', 'ws-gap') : path.join(cwd, '.ws-gap-cache');
}
