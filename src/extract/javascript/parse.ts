import type { ParserPlugin } from '@babel/parser';
import type * as t from '@babel/types';
import path from 'node:path';

import type { SourceFile } from '../../model/source-file.js';
import { parse } from '../babel-parser.js';
import { parseSkippingLines, type SkippedLines } from './skipped-lines.js';

/**
 * `text` is what Babel parsed (the file's text without a stray byte-order mark, and for a script
 * block without the lines that had to be skipped); `skippedLines` says which, and why.
 */
export type ParseOutcome =
  | { ok: true; ast: t.File; text: string; skippedLines?: SkippedLines }
  | { ok: false; reason: string };

/** What one parse of a text gave: the tree, or the first error with where Babel stopped. */
export type ParseAttempt = { ok: true; ast: t.File } | { ok: false; reason: string; offset: number | undefined };

const COMMON_PLUGINS: ParserPlugin[] = ['decorators-legacy', 'classProperties'];
const SOURCE_TYPES = ['unambiguous', 'script', 'module'] as const;

const TYPESCRIPT_CHOICES: ParserPlugin[][] = [['typescript'], ['typescript', 'jsx']];
const JAVASCRIPT_CHOICES: ParserPlugin[][] = [['jsx'], ['jsx', 'flow'], []];

/**
 * Plugin sets to try, best guess first; plain `.js` may also be Flow-typed. A script block goes by
 * its tag's `lang`; markup event handlers, which say nothing, try TypeScript (a superset for our
 * purpose) and then JSX.
 */
function pluginChoices(file: SourceFile): ParserPlugin[][] {
  if (file.scriptLang === 'ts') return TYPESCRIPT_CHOICES;
  if (file.scriptLang === 'js') return JAVASCRIPT_CHOICES;
  switch (path.extname(file.path).toLowerCase()) {
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
      return JAVASCRIPT_CHOICES;
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

function failure(error: unknown): ParseAttempt {
  const offset = (error as { pos?: unknown }).pos;
  return {
    ok: false,
    reason: error instanceof Error ? error.message : String(error),
    offset: typeof offset === 'number' ? offset : undefined,
  };
}

function parseWith(text: string, choices: readonly ParserPlugin[][]): ParseAttempt {
  let first: ParseAttempt | undefined;
  for (const plugins of choices) {
    for (const sourceType of SOURCE_TYPES) {
      try {
        return { ok: true, ast: attempt(text, plugins, sourceType) };
      } catch (error) {
        first ??= failure(error);
      }
    }
  }
  return first ?? { ok: false, reason: 'unknown parse error', offset: undefined };
}

/**
 * Never throws: a file Babel cannot recover from comes back with the first attempt's message. A
 * script block cut from a template may hold template syntax that is not JavaScript: the lines
 * that stop the parser are skipped (and listed) so the rest of the block is still read.
 */
export function parseJavascript(file: SourceFile): ParseOutcome {
  // A stray byte-order mark would shift every column of line 1 by one.
  const text = file.text.startsWith('\uFEFF') ? file.text.slice(1) : file.text;
  const choices = pluginChoices(file);
  const whole = parseWith(text, choices);
  if (whole.ok) return { ok: true, ast: whole.ast, text };
  if (file.embeddedIn === undefined) return { ok: false, reason: whole.reason };
  const [bestGuess = []] = choices;
  const recovered = parseSkippingLines(text, whole, (candidate) => parseWith(candidate, [bestGuess]));
  return recovered ? { ok: true, ...recovered } : { ok: false, reason: whole.reason };
}
