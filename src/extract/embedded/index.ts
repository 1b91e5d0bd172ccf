import type { SourceFile } from '../../model/source-file.js';
import { scanMarkup, type MarkupHandler, type ScriptBlock } from './markup-scanner.js';
import { blankKeepingLineBreaks, blankTemplateTags, isTemplateHost } from './template-syntax.js';

export { scanMarkup, type Markup, type MarkupHandler, type ScriptBlock } from './markup-scanner.js';

/** `embeddedIn` of the virtual file holding a host's markup event handlers. */
const MARKUP_HANDLERS = 'event handlers in markup';

/**
 * The host text with only the given ranges kept (template tags blanked in them), a `;` at each
 * `closer`, and everything else blanked but line breaks, so every position is a physical one.
 */
function keepOnly(text: string, ranges: readonly MarkupHandler[], isTemplate: boolean): string {
  // Joined once rather than built with `+=`: V8 keeps a `+=` string as a tree of its pieces (several
  // times the text's size) for as long as the string lives, here the whole extraction.
  const parts: string[] = [];
  let position = 0;
  for (const range of ranges) {
    const code = text.slice(range.start, range.end);
    parts.push(blankKeepingLineBreaks(text.slice(position, range.start)), isTemplate ? blankTemplateTags(code) : code);
    position = range.end;
    if (range.closer !== undefined) {
      parts.push(blankKeepingLineBreaks(text.slice(position, range.closer)), ';');
      position = range.closer + 1;
    }
  }
  parts.push(blankKeepingLineBreaks(text.slice(position)));
  return parts.join('');
}

function virtualFile(host: SourceFile, text: string, embeddedIn: string, scriptLang?: 'js' | 'ts'): SourceFile {
  const file: SourceFile = { ...host, language: 'javascript', text, embeddedIn };
  if (scriptLang) file.scriptLang = scriptLang;
  return file;
}

/**
 * The JavaScript inside an `.html`, `.vue` or `.svelte` file, as virtual files that keep the
 * host's path and positions: one per inline `<script>` block (`script block at line N`), and one
 * holding every event-handler attribute of the markup.
 */
export function embeddedScripts(host: SourceFile): SourceFile[] {
  const isTemplate = isTemplateHost(host.path);
  const { scripts, handlers } = scanMarkup(host.text, host.path);
  const files = scripts.map((block: ScriptBlock) =>
    virtualFile(host, keepOnly(host.text, [block], isTemplate), `script block at line ${block.line}`, block.lang),
  );
  if (handlers.length > 0) files.push(virtualFile(host, keepOnly(host.text, handlers, isTemplate), MARKUP_HANDLERS));
  return files;
}
