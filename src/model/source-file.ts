import type { Side } from './site.js';

export type Language = 'python' | 'javascript';

/**
 * A file handed to a language extractor. For code embedded in `.html`, `.vue` and `.svelte`
 * files, `text` is the whole file with everything outside the script blanked to spaces (newlines
 * kept), so every offset, line and column in `text` is also one in the physical file.
 */
export interface SourceFile {
  /** Path relative to the current directory, with `/` separators (what reports show). */
  path: string;
  /** Absolute path on disk. */
  absolutePath: string;
  side: Side;
  language: Language;
  /** Decoded text, byte-order mark removed; a lone `\r` line break becomes `\n` (same offsets), others as in the file. */
  text: string;
  /** Set for script blocks cut out of a host file: `script block at line N`. */
  embeddedIn?: string;
  /** For a script block, the language its `<script>` tag declares (`lang="ts"` → `ts`; none → `js`). */
  scriptLang?: 'js' | 'ts';
}
