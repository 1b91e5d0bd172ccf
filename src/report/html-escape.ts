import { escapeControlCharacters } from './format-safe-text.js';

const HTML_SPECIAL_CHARACTERS = /[&<>"']/g;

const HTML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text from scanned code, safe in element content and in quoted attributes: control characters shown as escapes. */
export function htmlText(text: string): string {
  return escapeControlCharacters(text).replace(HTML_SPECIAL_CHARACTERS, (character) => HTML_ENTITIES[character]!);
}

/** A line of source code: like `htmlText`, but tabs stay tabs so the indentation reads as in the editor. */
export function htmlCodeLine(line: string): string {
  return line.split('\t').map(htmlText).join('\t');
}
