import { createRequire } from 'node:module';

export interface PackageInfo {
  name: string;
  version: string;
}

/** ws-gap's own name and version, from its package.json (one level above `dist/`). */
export function packageInfo(): PackageInfo {
  const require = createRequire(import.meta.url);
  return require('../package.json') as PackageInfo;
}
