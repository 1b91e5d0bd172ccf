import path from 'node:path';

/** Extensions a relative import may leave out, in the order they are tried. */
const RESOLVABLE_EXTENSIONS = ['.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs', '.mts', '.cts'];

/**
 * The display paths a relative specifier may name, in the order they are tried: the path itself,
 * then with each extension (`./api.js` may be `api.ts`), then as a folder's `index` file.
 */
export function relativeModuleCandidates(fromPath: string, specifier: string): string[] {
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(fromPath), specifier));
  const stem = base.replace(/\.(m|c)?jsx?$/, '');
  return [
    base,
    ...RESOLVABLE_EXTENSIONS.map((extension) => stem + extension),
    ...RESOLVABLE_EXTENSIONS.map((extension) => `${base}/index${extension}`),
  ];
}
