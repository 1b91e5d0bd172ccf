import { onTestFinished } from 'vitest';
import type { Tree } from 'web-tree-sitter';
import type { Side, Site } from '../../../src/model/site.js';
import type { SourceFile } from '../../../src/model/source-file.js';
import { pythonExtractor } from '../../../src/extract/python/index.js';
import type { ExtractionResult } from '../../../src/extract/extractor.js';
import { parsePython } from '../../../src/extract/python/parser.js';

/** Builds in-memory `.py` SourceFiles: `{ 'app/main.py': code }`. */
export function pythonFiles(sources: Record<string, string>, side: Side = 'backend'): SourceFile[] {
  return Object.entries(sources).map(([path, text]) => ({
    path,
    absolutePath: `/project/${path}`,
    side,
    language: 'python',
    text,
  }));
}

export function extractPython(sources: Record<string, string>, side: Side = 'backend'): Promise<ExtractionResult> {
  return pythonExtractor.extract(pythonFiles(sources, side));
}

/** The fields most assertions compare, in a stable, readable shape. */
export function brief(site: Site): Pick<Site, 'name' | 'dynamic' | 'kind' | 'line' | 'column' | 'via'> {
  return { name: site.name, dynamic: site.dynamic, kind: site.kind, line: site.line, column: site.column, via: site.via };
}

/** Joins lines with `\n` so snippets can be indented like the test around them. */
export function lines(...code: string[]): string {
  return `${code.join('\n')}\n`;
}

/** A Socket.IO or Channels site as most assertions compare it; unset optional fields are left out. */
export function socketBrief(site: Site): Record<string, unknown> {
  return {
    line: site.line,
    column: site.column,
    kind: site.kind,
    name: site.name,
    via: site.via,
    ...(site.namespace === undefined ? {} : { namespace: site.namespace }),
    ...(site.payloadKeys === undefined ? {} : { payloadKeys: site.payloadKeys }),
    ...(site.dynamic ? { dynamic: true } : {}),
    ...(site.catchAll ? { catchAll: true } : {}),
  };
}

/** Parses a test's source, which must parse; the tree is deleted when the test ends. */
export async function parsedTree(source: string): Promise<Tree> {
  const parsed = await parsePython(source);
  if (!parsed.ok) throw new Error(`the test source must parse: ${parsed.reason}`);
  onTestFinished(() => parsed.tree.delete());
  return parsed.tree;
}
