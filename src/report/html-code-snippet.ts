import type { SourceLocation } from '../model/site.js';
import { htmlCodeLine } from './html-escape.js';

/** Lines of a source file around a site. */
export interface CodeSnippet {
  /** 1-based line number of `lines[0]`. */
  firstLine: number;
  lines: string[];
}

/**
 * Where the HTML report gets the code around a site: a map keyed by `snippetKey` (what
 * `collectSnippets` builds), or a function. Without one the report shows locations only.
 */
export type SnippetSource = ReadonlyMap<string, CodeSnippet> | ((location: SourceLocation) => CodeSnippet | undefined);

/** Longer lines (minified code) are cut, so one line cannot make the report unreadable or huge. */
const MAX_LINE_LENGTH = 200;

/** `file:line`: one snippet serves every site on a line. */
export function snippetKey(location: Pick<SourceLocation, 'file' | 'line'>): string {
  return `${location.file}:${location.line}`;
}

export function snippetAt(source: SnippetSource | undefined, location: SourceLocation): CodeSnippet | undefined {
  if (source === undefined) return undefined;
  return typeof source === 'function' ? source(location) : source.get(snippetKey(location));
}

/** The snippet as numbered lines, the site's line marked; empty when there is no snippet. */
export function snippetHtml(snippet: CodeSnippet | undefined, location: SourceLocation): string {
  if (snippet === undefined || snippet.lines.length === 0) return '';
  const lines = snippet.lines.map((line, index) => {
    const number = snippet.firstLine + index;
    const marked = number === location.line ? ' hit' : '';
    return `<span class="line${marked}"><span class="ln">${number}</span>${htmlCodeLine(shortened(line))}</span>`;
  });
  return `<pre class="snippet"><code>${lines.join('')}</code></pre>`;
}

function shortened(line: string): string {
  if (line.length <= MAX_LINE_LENGTH) return line;
  return `${Array.from(line).slice(0, MAX_LINE_LENGTH).join('')}…`;
}
