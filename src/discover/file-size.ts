/** Files larger than this are skipped unless `maxFileSize` says otherwise: generated code, data, bundles. */
export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;

const UNITS: Readonly<Record<string, number>> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

/** `2MB`, `500k`, `1048576` → bytes; undefined for anything else (a CLI turns that into a usage error). */
export function parseFileSize(text: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  const factor = match ? UNITS[(match[2] ?? '').toLowerCase()] : undefined;
  if (!match || factor === undefined) return undefined;
  const bytes = Math.round(Number(match[1]) * factor);
  return Number.isSafeInteger(bytes) && bytes > 0 ? bytes : undefined;
}

/** `1.5 MB`, `300 kB`, `12 B`, as reasons show sizes. */
export function formatFileSize(bytes: number): string {
  if (bytes >= 1024 ** 2) return `${Number((bytes / 1024 ** 2).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} kB`;
  return `${bytes} B`;
}
