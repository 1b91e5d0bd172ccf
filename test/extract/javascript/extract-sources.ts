import type { Side, Site, SkippedFile } from '../../../src/model/site.js';
import type { SourceFile } from '../../../src/model/source-file.js';
import { javascriptExtractor } from '../../../src/extract/javascript/index.js';

export interface Snippet {
  path: string;
  text: string;
  side?: Side;
  embeddedIn?: string;
}

export function sourceFile(snippet: Snippet): SourceFile {
  const file: SourceFile = {
    path: snippet.path,
    absolutePath: `/project/${snippet.path}`,
    side: snippet.side ?? 'frontend',
    language: 'javascript',
    text: snippet.text,
  };
  if (snippet.embeddedIn !== undefined) file.embeddedIn = snippet.embeddedIn;
  return file;
}

export async function extract(...snippets: Snippet[]): Promise<{ sites: Site[]; skipped: SkippedFile[] }> {
  return javascriptExtractor.extract(snippets.map(sourceFile));
}

/** The fields most tests compare, in a stable shape. */
export function brief(site: Site): Record<string, unknown> {
  const { name, kind, scope, line, column, via } = site;
  const result: Record<string, unknown> = { name, kind, scope, line, column, via };
  if (site.dynamic) result.dynamic = true;
  if (site.payloadKeys) result.payloadKeys = site.payloadKeys;
  return result;
}

export async function briefSites(...snippets: Snippet[]): Promise<Record<string, unknown>[]> {
  const { sites } = await extract(...snippets);
  return sites.map(brief);
}

/** A field read as `[field, line, column]`. */
export type ReadAt = [string, number, number];

/** Each handler site's name and the fields it reads (undefined when the handler cannot be followed). */
export async function readsBySite(...snippets: Snippet[]): Promise<Array<[string, ReadAt[] | undefined]>> {
  const { sites } = await extract(...snippets);
  return sites
    .filter((site) => site.kind === 'handle')
    .map((site) => [site.name, site.fieldsRead?.map((read): ReadAt => [read.field, read.line, read.column])]);
}
