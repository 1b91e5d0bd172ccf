import path from 'node:path';
import type { Language } from '../model/source-file.js';

/** How a file's text reaches an extractor: directly, or through its `<script>` blocks. */
export interface FileKind {
  language: Language;
  embedded: boolean;
}

const FILE_KINDS: Readonly<Record<string, FileKind>> = {
  '.py': { language: 'python', embedded: false },
  '.js': { language: 'javascript', embedded: false },
  '.mjs': { language: 'javascript', embedded: false },
  '.cjs': { language: 'javascript', embedded: false },
  '.jsx': { language: 'javascript', embedded: false },
  '.ts': { language: 'javascript', embedded: false },
  '.mts': { language: 'javascript', embedded: false },
  '.cts': { language: 'javascript', embedded: false },
  '.tsx': { language: 'javascript', embedded: false },
  '.html': { language: 'javascript', embedded: true },
  '.htm': { language: 'javascript', embedded: true },
  '.vue': { language: 'javascript', embedded: true },
  '.svelte': { language: 'javascript', embedded: true },
};

export const SCANNED_EXTENSIONS: readonly string[] = Object.keys(FILE_KINDS).sort();

export function fileKindOf(filePath: string): FileKind | undefined {
  if (filePath.endsWith('.d.ts')) return undefined; // declarations carry no runtime calls
  return FILE_KINDS[path.extname(filePath).toLowerCase()];
}
