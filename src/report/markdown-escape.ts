import { escapeControlCharacters } from './format-safe-text.js';

/** ASCII punctuation that can start emphasis, HTML, links, tables, strikethrough or entities mid-line. */
const MARKDOWN_PUNCTUATION = /[\\`*_<>[\]|~&]/g;

/** Text shown outside code: control characters escaped, then Markdown punctuation backslash-escaped. */
export function markdownText(text: string): string {
  return escapeControlCharacters(text).replace(MARKDOWN_PUNCTUATION, '\\$&');
}

/**
 * A code span that survives any content: the fence is one backtick longer than the longest run
 * inside, and a space pads content that starts or ends with a backtick (CommonMark strips it).
 */
export function codeSpan(text: string): string {
  const content = escapeControlCharacters(text);
  const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const padding = needsPadding(content) ? ' ' : '';
  return `${fence}${padding}${content}${padding}${fence}`;
}

function needsPadding(content: string): boolean {
  return content.startsWith('`') || content.endsWith('`') || (content.startsWith(' ') && content.endsWith(' '));
}
