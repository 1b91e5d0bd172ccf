import { escapeControlCharacters } from './format-safe-text.js';

/** Letters, digits, emoji and the punctuation of event names and paths that mean nothing to Mermaid inside quotes. */
const PLAIN_CHARACTERS = /^[\p{L}\p{N}\p{Extended_Pictographic} _.,:/*+@=()[\]-]$/u;

/**
 * A node label in double quotes. Anything outside plain text becomes a Mermaid entity code
 * (`#60;` for `<`), so no name can close the label, start Markdown (a backtick), inject HTML,
 * or end the ```mermaid fence around the diagram.
 */
export function mermaidLabel(text: string): string {
  const characters = Array.from(escapeControlCharacters(text));
  const escaped = characters.map((character) => (PLAIN_CHARACTERS.test(character) ? character : `#${character.codePointAt(0)};`));
  return `"${escaped.join('')}"`;
}
