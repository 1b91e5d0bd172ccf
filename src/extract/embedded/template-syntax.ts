import path from 'node:path';

const DELIMITERS: ReadonlyArray<readonly [string, string]> = [['{{', '}}'], ['{%', '%}'], ['{#', '#}']];

/** Hosts that are server-side templates, whose scripts may hold Jinja/Django tags. */
const TEMPLATE_HOSTS = new Set(['.html', '.htm']);

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

/**
 * Jinja/Django tags inside a `<script>` block (`{{ user|tojson }}`, `{% if debug %}`, `{# note #}`)
 * are not JavaScript. They are replaced by spaces of the same length (line breaks kept) so that
 * positions do not move. A `{{ ... }}` where an expression is expected (`const user = {{ u|tojson }};`)
 * becomes `0` and spaces instead, so the statement around it still parses.
 */
export function blankTemplateTags(code: string): string {
  let result = '';
  let position = 0;
  for (;;) {
    const next = DELIMITERS
      .map(([open, close]) => ({ open, close, at: code.indexOf(open, position) }))
      .filter((candidate) => candidate.at >= 0)
      .sort((a, b) => a.at - b.at)[0];
    if (!next) break;
    const closeAt = code.indexOf(next.close, next.at + next.open.length);
    const before = result + code.slice(position, next.at);
    if (closeAt < 0) {
      result = before + next.open;
      position = next.at + next.open.length;
      continue;
    }
    const end = closeAt + next.close.length;
    const blank = blankKeepingLineBreaks(code.slice(next.at, end));
    const expressionExpected = next.open === '{{' && EXPRESSION_EXPECTED_AFTER.has(previousNonSpace(before) ?? '');
    result = before + (expressionExpected ? `0${blank.slice(1)}` : blank);
    position = end;
  }
  return result + code.slice(position);
}
