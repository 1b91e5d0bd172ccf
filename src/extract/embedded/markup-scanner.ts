import path from 'node:path';

/** A `<script>` element's content: `start`/`end` are offsets in the host text, `line` is the tag's line. */
export interface ScriptBlock {
  start: number;
  end: number;
  line: number;
  lang: 'js' | 'ts';
}

/**
 * An event-handler expression in the markup (`on:click={() => socket.emit('x')}`,
 * `@click="send('x')"`, `onclick="send('x')"`): code from `start` to `end`; `closer` is the offset
 * of the closing quote, where a `;` keeps two handlers on one line apart.
 */
export interface MarkupHandler {
  start: number;
  end: number;
  closer?: number;
}

export interface Markup {
  scripts: ScriptBlock[];
  handlers: MarkupHandler[];
}

type Dialect = 'html' | 'vue' | 'svelte';

interface Attribute {
  name: string;
  value: string;
  /** Offsets of the raw value, quotes or braces included. */
  valueStart: number;
  valueEnd: number;
}

interface Tag {
  /** Offset of the tag's `<`. */
  start: number;
  name: string;
  attributes: Attribute[];
  /** Offset just after the tag's `>`. */
  end: number;
}

const JAVASCRIPT_TYPES = new Set([
  '', 'module', 'text/javascript', 'application/javascript', 'text/ecmascript', 'application/ecmascript',
]);
const LANGS: Readonly<Record<string, 'js' | 'ts'>> = {
  js: 'js', javascript: 'js', jsx: 'js', ts: 'ts', typescript: 'ts', tsx: 'ts',
};
/** Elements whose content is text, not markup: a `<script>` inside them is not a script. */
const RAW_TEXT_ELEMENTS = new Set(['script', 'style', 'textarea', 'title', 'xmp']);

function isTagNameStart(char: string | undefined): boolean {
  return char !== undefined && /[A-Za-z]/.test(char);
}

function unquote(value: string): string {
  const first = value[0];
  return (first === '"' || first === "'") && value.endsWith(first) && value.length >= 2 ? value.slice(1, -1) : value;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    const char = text[i];
    if (char === '\n' || char === '\u2028' || char === '\u2029' || (char === '\r' && text[i + 1] !== '\n')) line++;
  }
  return line;
}

function dialectOf(hostPath: string): Dialect {
  const extension = path.extname(hostPath).toLowerCase();
  return extension === '.vue' ? 'vue' : extension === '.svelte' ? 'svelte' : 'html';
}

/** Svelte: any `{...}` value (`on:click={...}`, `onclick={...}`); Vue: `@x="..."`, `v-on:x="..."`; HTML: `onx="..."`. */
function markupHandler(dialect: Dialect, attribute: Attribute, text: string): MarkupHandler | undefined {
  const { name, valueStart, valueEnd } = attribute;
  const [open, close] = [text[valueStart], text[valueEnd - 1]];
  const quoted = valueEnd - valueStart >= 2 && (open === '"' || open === "'") && close === open;
  if (dialect === 'svelte') return open === '{' && close === '}' ? { start: valueStart, end: valueEnd } : undefined;
  const isHandler = dialect === 'vue' ? name.startsWith('@') || name.startsWith('v-on:') : /^on[a-z]+$/.test(name);
  return isHandler && quoted ? { start: valueStart + 1, end: valueEnd - 1, closer: valueEnd - 1 } : undefined;
}

/**
 * A small HTML tag scanner (enough for `.html`, `.vue` and `.svelte`): skips comments, reads
 * attributes with quoted or `{...}` values so a `<script>` inside them is not taken for a tag, and
 * treats the content of raw-text elements as text.
 */
class TagScanner {
  private position = 0;

  constructor(
    private readonly text: string,
    private readonly dialect: Dialect,
  ) {}

  scan(): Markup {
    const markup: Markup = { scripts: [], handlers: [] };
    while (this.position < this.text.length) {
      const tag = this.nextTag();
      if (!tag) break;
      if (!RAW_TEXT_ELEMENTS.has(tag.name)) {
        for (const attribute of tag.attributes) {
          const handler = markupHandler(this.dialect, attribute, this.text);
          if (handler) markup.handlers.push(handler);
        }
        continue;
      }
      const close = this.closingTag(tag.name, tag.end);
      if (tag.name === 'script') {
        const lang = scriptLang(tag.attributes);
        if (lang) markup.scripts.push({ start: tag.end, end: close, line: lineAt(this.text, tag.start), lang });
      }
      this.position = this.skipPast('>', close);
    }
    return markup;
  }

  private nextTag(): Tag | undefined {
    for (;;) {
      const open = this.text.indexOf('<', this.position);
      // Jinja comments (`{# <script> #}`) hide markup; Svelte's `{#if}` blocks do not.
      const templateComment = this.dialect === 'html' ? this.text.indexOf('{#', this.position) : -1;
      if (templateComment >= 0 && (open < 0 || templateComment < open)) {
        this.position = this.skipPast('#}', templateComment + 2);
        continue;
      }
      if (open < 0) return undefined;
      if (this.text.startsWith('<!--', open)) {
        this.position = this.skipPast('-->', open + 4);
      } else if (isTagNameStart(this.text[open + 1])) {
        return this.readTag(open + 1);
      } else if (this.text[open + 1] === '/' || this.text[open + 1] === '!' || this.text[open + 1] === '?') {
        this.position = this.skipPast('>', open + 2);
      } else {
        this.position = open + 1;
      }
    }
  }

  private readTag(nameStart: number): Tag {
    let i = nameStart;
    while (i < this.text.length && /[^\s/>]/.test(this.text[i] as string)) i++;
    const name = this.text.slice(nameStart, i).toLowerCase();
    const attributes: Attribute[] = [];
    while (i < this.text.length && this.text[i] !== '>') {
      const char = this.text[i] as string;
      if (/[\s/]/.test(char)) {
        i++;
        continue;
      }
      const nameEnd = this.attributeNameEnd(i);
      const attributeName = this.text.slice(i, nameEnd).toLowerCase();
      i = nameEnd;
      while (/\s/.test(this.text[i] ?? '')) i++;
      let valueStart = i;
      if (this.text[i] === '=') {
        i++;
        while (/\s/.test(this.text[i] ?? '')) i++;
        valueStart = i;
        i = this.attributeValueEnd(i);
      }
      const value = unquote(this.text.slice(valueStart, i));
      attributes.push({ name: attributeName, value, valueStart, valueEnd: i });
    }
    this.position = Math.min(i + 1, this.text.length);
    return { start: nameStart - 1, name, attributes, end: this.position };
  }

  private attributeNameEnd(start: number): number {
    let i = start;
    if (this.text[i] === '{') return this.attributeValueEnd(i);
    while (i < this.text.length && /[^\s=>/]/.test(this.text[i] as string)) i++;
    return i === start ? start + 1 : i;
  }

  /** End of a quoted, `{...}` (Svelte) or bare attribute value. */
  private attributeValueEnd(start: number): number {
    const first = this.text[start];
    if (first === '"' || first === "'") {
      const close = this.text.indexOf(first, start + 1);
      return close < 0 ? this.text.length : close + 1;
    }
    if (first === '{') return this.balancedBraceEnd(start);
    let i = start;
    while (i < this.text.length && /[^\s>]/.test(this.text[i] as string)) i++;
    return i;
  }

  private balancedBraceEnd(start: number): number {
    let depth = 0;
    let quote: string | undefined;
    for (let i = start; i < this.text.length; i++) {
      const char = this.text[i];
      if (quote) {
        if (char === '\\') i++;
        else if (char === quote) quote = undefined;
      } else if (char === '"' || char === "'" || char === '`') {
        quote = char;
      } else if (char === '{') {
        depth++;
      } else if (char === '}' && --depth === 0) {
        return i + 1;
      }
    }
    return this.text.length;
  }

  /** Offset of `</name` closing a raw-text element, or the end of the text. */
  private closingTag(name: string, from: number): number {
    for (let close = this.text.indexOf('</', from); close >= 0; close = this.text.indexOf('</', close + 2)) {
      if (this.text.slice(close + 2, close + 2 + name.length).toLowerCase() === name) return close;
    }
    return this.text.length;
  }

  private skipPast(marker: string, from: number): number {
    const index = this.text.indexOf(marker, from);
    return index < 0 ? this.text.length : index + marker.length;
  }
}

function scriptLang(attributes: readonly Attribute[]): 'js' | 'ts' | undefined {
  const valueOf = (name: string): string | undefined => attributes.find((attribute) => attribute.name === name)?.value;
  if (valueOf('src') !== undefined) return undefined;
  const type = (valueOf('type') ?? '').trim().toLowerCase();
  if (!JAVASCRIPT_TYPES.has(type)) return undefined;
  return LANGS[(valueOf('lang') ?? 'js').trim().toLowerCase()];
}

/** The inline `<script>` blocks and the event-handler attributes of an `.html`, `.vue` or `.svelte` file, in order. */
export function scanMarkup(text: string, hostPath: string): Markup {
  return new TagScanner(text, dialectOf(hostPath)).scan();
}
