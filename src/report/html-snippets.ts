import fs from 'node:fs';
import path from 'node:path';
import type { ScanResult } from '../model/result.js';
import type { SourceLocation } from '../model/site.js';
import { snippetKey, type CodeSnippet } from './html-code-snippet.js';

/** Lines shown above and below a site. */
export const SNIPPET_CONTEXT_LINES = 2;

/**
 * The code around every site and field-mismatch read of `result`, for `renderHtml`'s `snippets`
 * option. Paths are relative to `cwd`, as in the result. A file that cannot be read has no
 * snippets; this never throws.
 */
export function collectSnippets(result: ScanResult, cwd: string, contextLines = SNIPPET_CONTEXT_LINES): Map<string, CodeSnippet> {
  const snippets = new Map<string, CodeSnippet>();
  const files = new Map<string, string[] | undefined>();
  for (const location of snippetLocations(result)) {
    const key = snippetKey(location);
    if (snippets.has(key)) continue;
    if (!files.has(location.file)) files.set(location.file, readLines(path.resolve(cwd, location.file)));
    const lines = files.get(location.file);
    if (lines !== undefined && location.line <= lines.length) snippets.set(key, around(lines, location.line, contextLines));
  }
  return snippets;
}

function snippetLocations(result: ScanResult): SourceLocation[] {
  return result.events.flatMap((event) => [...event.sent, ...event.handled, ...event.fieldMismatches]);
}

/** Lines as both parsers count them for `\n` and `\r\n` files. */
function readLines(file: string): string[] | undefined {
  try {
    return fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split('\n').map((line) => line.replace(/\r$/, ''));
  } catch {
    return undefined;
  }
}

function around(lines: readonly string[], line: number, contextLines: number): CodeSnippet {
  const firstLine = Math.max(1, line - contextLines);
  const lastLine = Math.min(lines.length, line + contextLines);
  return { firstLine, lines: lines.slice(firstLine - 1, lastLine) };
}
