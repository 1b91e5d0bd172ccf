import { parse, type ParserPlugin } from '@babel/parser';
import type * as t from '@babel/types';
import path from 'node:path';

import type { SourceFile } from '../../model/source-file.js';

/** `text` is what Babel parsed (the file's text without a stray byte-order mark). */
export type ParseOutcome = { ok: true; ast: t.File; text: string } | { ok: false; reason: string };

const COMMON_PLUGINS: ParserPlugin[] = ['decorators-legacy', 'classProperties'];
const SOURCE_TYPES = ['unambiguous', 'script', 'module'] as const;

/**
 * Plugin sets to try, best guess first; plain `.js` may also be Flow-typed. Script blocks cut from
 * `.vue`/`.svelte`/`.html` files no longer say their language, so they try TypeScript (a superset
 * for our purpose) and then JSX.
 */
function pluginChoices(filePath: string): ParserPlugin[][] {
  switch (path.extname(filePath).toLowerCase()) {
    case '.ts':
    case '.mts':
    case '.cts':
      return [['typescript']];
    case '.tsx':
      return [['typescript', 'jsx']];
    case '.js':
    case '.mjs':
    case '.cjs':
    case '.jsx':
      return [['jsx'], ['jsx', 'flow'], []];
    default:
      return [['typescript'], ['jsx'], ['typescript', 'jsx']];
  }
}

function attempt(text: string, plugins: ParserPlugin[], sourceType: (typeof SOURCE_TYPES)[number]): t.File {
  return parse(text, {
    sourceType,
    errorRecovery: true,
    allowReturnOutsideFunction: true,
    allowAwaitOutsideFunction: true,
    allowImportExportEverywhere: true,
    allowUndeclaredExports: true,
    attachComment: false,
    plugins: [...plugins, ...COMMON_PLUGINS],
  });
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Never throws: a file Babel cannot recover from comes back with the first attempt's message. */
export function parseJavascript(file: SourceFile): ParseOutcome {
  // A stray byte-order mark would shift every column of line 1 by one.
  const text = file.text.startsWith('\uFEFF') ? file.text.slice(1) : file.text;
  let firstError: string | undefined;
  for (const plugins of pluginChoices(file.path)) {
    for (const sourceType of SOURCE_TYPES) {
      try {
        return { ok: true, ast: attempt(text, plugins, sourceType), text };
      } catch (error) {
        firstError ??= errorMessage(error);
      }
    }
  }
  return { ok: false, reason: firstError ?? 'unknown parse error' };
}
