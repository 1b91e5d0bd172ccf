import { createRequire } from 'node:module';

export interface PackageInfo {
  name: string;
  version: string;
}

/**
 * ws-gap's own name and version, from its package.json: one level above this module in `dist/` and
 * `src/`, two in the bundle (`dist/bundle/`).
 */
export function packageInfo(): PackageInfo {
  const require = createRequire(import.meta.url);
  try {
    return require('../package.json') as PackageInfo;
  } catch {
    return require('../../package.json') as PackageInfo;
  }
}
