import path from 'node:path';

const DELIMITERS: ReadonlyArray<readonly [string, string]> = [['{{', '}}'], ['{%', '%}'], ['{#', '#}']];

/** Hosts that are server-side templates, whose scripts may hold Jinja/Django tags. */
const TEMPLATE_HOSTS = new Set(['.html', '.htm']);

/**
 * Stands, once per UTF-16 unit, for a template tag inside a JavaScript string (`'job_{{ id }}'`):
 * a private-use character no real code contains, so a name read from that string is known to be
 * only partly literal.
 */
export const TEMPLATE_PLACEHOLDER = '\uE000';

export function isTemplateHost(hostPath: string): boolean {
  return TEMPLATE_HOSTS.has(path.extname(hostPath).toLowerCase());
}

/** Characters after which JavaScript expects an expression. */
const EXPRESSION_EXPECTED_AFTER = new Set(['=', '(', ',', ':', '[', '?', '!', '&', '|', '+', '-', '*', '/', '%', '<', '>']);

export function blankKeepingLineBreaks(text: string): string {
  return text.replace(/[^\r\n\u2028\u2029]/g, ' ');
}

function previousNonSpace(text: string): string | undefined {
  for (let i = text.length - 1; i >= 0; i--) {
    const char = text[i] as string;
    if (!/\s/.test(char)) return char;
  }
  return undefined;
}

type Context = 'code' | "'" | '"' | '`' | 'line-comment' | 'block-comment';

/**
 * Whether the end of the JavaScript read so far is code, inside a string or inside a comment.
 * Only quotes, escapes and comments are followed (a quote inside a regular expression literal
 * would mislead it; template tags are rare enough there).
 */
class LexicalContext {
  context: Context = 'code';

  read(text: string): void {
    for (let i = 0; i < text.length; i++) i = this.step(text, i);
  }

  /** Reads the character at `i` and returns the index of the last character consumed. */
  private step(text: string, i: number): number {
    const char = text[i];
    const next = text[i + 1];
    switch (this.context) {
      case 'code':
        if (char === '/' && next === '/') this.context = 'line-comment';
        else if (char === '/' && next === '*') this.context = 'block-comment';
        else if (char === "'" || char === '"' || char === '`') this.context = char;
        return char === '/' && (next === '/' || next === '*') ? i + 1 : i;
      case 'line-comment':
        if (char === '\n' || char === '\r') this.context = 'code';
        return i;
      case 'block-comment':
        if (char === '*' && next === '/') {
          this.context = 'code';
          return i + 1;
        }
        return i;
      default:
        if (char === '\\') return i + 1;
        if (char === this.context || ((char === '\n' || char === '\r') && this.context !== '`')) this.context = 'code';
        return i;
    }
  }
}

/** What a template tag becomes so that the JavaScript around it still parses with unchanged positions. */
function replacement(tag: string, open: string, before: string, context: Context): string {
  const blank = blankKeepingLineBreaks(tag);
  if (context === "'" || context === '"' || context === '`') return blank.replace(/ /g, TEMPLATE_PLACEHOLDER);
  if (context !== 'code') return blank;
  const expressionExpected = open === '{{' && EXPRESSION_EXPECTED_AFTER.has(previousNonSpace(before) ?? '');
  return expressionExpected ? `0${blank.slice(1)}` : blank;
}

/**
 * Jinja/Django tags inside a `<script>` block (`{{ user|tojson }}`, `{% if debug %}`, `{# note #}`)
 * are not JavaScript. They are replaced by spaces of the same length (line breaks kept) so that
 * positions do not move. A `{{ ... }}` where an expression is expected (`const user = {{ u|tojson }};`)
 * becomes `0` and spaces instead, so the statement around it still parses; a tag inside a string
 * (`'job_{{ id }}'`) becomes placeholders, so the string is known to be only partly literal.
 */
export function blankTemplateTags(code: string): string {
  let result = '';
  let position = 0;
  const lexical = new LexicalContext();
  for (;;) {
    const next = DELIMITERS
      .map(([open, close]) => ({ open, close, at: code.indexOf(open, position) }))
      .filter((candidate) => candidate.at >= 0)
      .sort((a, b) => a.at - b.at)[0];
    if (!next) break;
    const closeAt = code.indexOf(next.close, next.at + next.open.length);
    const codeBefore = code.slice(position, next.at);
    lexical.read(codeBefore);
    const before = result + codeBefore;
    if (closeAt < 0) {
      result = before + next.open;
      lexical.read(next.open);
      position = next.at + next.open.length;
      continue;
    }
    const end = closeAt + next.close.length;
    result = before + replacement(code.slice(next.at, end), next.open, before, lexical.context);
    position = end;
  }
  return result + code.slice(position);
}
