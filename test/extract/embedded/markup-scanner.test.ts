import { describe, expect, it } from 'vitest';

import { embeddedScripts, scanMarkup } from '../../../src/extract/embedded/index.js';
import { TEMPLATE_PLACEHOLDER } from '../../../src/extract/embedded/template-syntax.js';
import type { SourceFile } from '../../../src/model/source-file.js';

function host(path: string, text: string): SourceFile {
  return { path, absolutePath: `/p/${path}`, side: 'frontend', language: 'javascript', text };
}

function scriptBlocks(text: string, path: string) {
  return scanMarkup(text, path).scripts;
}

function contents(text: string, path: string): string[] {
  return scriptBlocks(text, path).map((block) => text.slice(block.start, block.end));
}

describe('scanMarkup: script blocks', () => {
  it('finds inline scripts and skips external, data and template scripts', () => {
    const text = [
      '<script src="/app.js"></script>',
      '<script type="application/json">{"a": 1}</script>',
      '<script type="text/x-template"><div></div></script>',
      '<SCRIPT type="module">a()</SCRIPT>',
      '<script type="text/javascript">b()</script>',
      '<script>c()</script>',
    ].join('\n');
    expect(contents(text, 'index.html')).toEqual(['a()', 'b()', 'c()']);
    expect(scriptBlocks(text, 'index.html').map((block) => [block.line, block.lang])).toEqual([[4, 'js'], [5, 'js'], [6, 'js']]);
  });

  it('is not fooled by <script> in comments, attribute values, Svelte expressions, styles or strings', () => {
    const text = [
      '<!-- <script>commented()</script> -->',
      '<div title="<script>attr()</script>" data-x=\'<script>\'></div>',
      '<button on:click={() => count > 0 && go("<script>")}>x</button>',
      '<style>.a::before { content: "<script>"; }</style>',
      '{# <script>jinjaComment()</script> #}',
      '<script>const s = "</div>"; real();</script>',
    ].join('\n');
    expect(contents(text, 'page.html')).toEqual(['const s = "</div>"; real();']);
  });

  it('reads Vue and Svelte blocks with their language', () => {
    const vue = '<template><p>{{ msg }}</p></template>\n<script>export default {}</script>\n<script setup lang="ts">const a: number = 1</script>';
    expect(scriptBlocks(vue, 'App.vue').map((block) => [block.line, block.lang])).toEqual([[2, 'js'], [3, 'ts']]);
    const svelte = '<script context="module" lang="ts">export const x = 1;</script>\n<script>let y;</script>\n<h1>{y}</h1>';
    expect(scriptBlocks(svelte, 'C.svelte').map((block) => [block.line, block.lang])).toEqual([[1, 'ts'], [2, 'js']]);
  });
});

describe('scanMarkup: event handlers', () => {
  it('finds Svelte brace values, Vue @ and v-on: values and HTML on* values', () => {
    const handlers = (text: string, path: string): string[] =>
      scanMarkup(text, path).handlers.map((handler) => text.slice(handler.start, handler.end));
    expect(handlers('<b on:click={() => go(1)} class:x={y} {...rest}>{label}</b>', 'A.svelte')).toEqual([
      '{() => go(1)}',
      '{y}',
    ]);
    expect(handlers('<b @click="go(1)" v-on:keyup.enter="go(2)" :title="t" onclick="no()">x</b>', 'A.vue')).toEqual([
      'go(1)',
      'go(2)',
    ]);
    expect(handlers('<b onclick="go(1)" title="x" onmouseover=\'go(2)\'>x</b>', 'a.html')).toEqual(['go(1)', 'go(2)']);
  });
});

describe('embeddedScripts', () => {
  it('makes one virtual file per block, blanking everything else but line breaks', () => {
    const text = '<p>\r\n  hi</p><script>\r\n  go();\r\n</script>\n<i>x</i>';
    const [file, ...rest] = embeddedScripts(host('t.html', text));
    expect(rest).toEqual([]);
    expect(file).toEqual({
      path: 't.html', absolutePath: '/p/t.html', side: 'frontend', language: 'javascript',
      text: `${' '.repeat('<p>'.length)}\r\n${' '.repeat('  hi</p><script>'.length)}\r\n  go();\r\n${' '.repeat('</script>'.length)}\n${' '.repeat('<i>x</i>'.length)}`,
      embeddedIn: 'script block at line 2',
      scriptLang: 'js',
    });
  });

  it('blanks Jinja and Django tags inside an HTML script, keeping an expression where one is needed', () => {
    // Inside a string a tag becomes placeholders: the string is only partly known.
    const text = [
      '<script>',
      '{% if user %}',
      'const user = {{ user|tojson }};',
      "const url = '{{ url_for(\"api\") }}';",
      '{# comment #}',
      '{% endif %}',
      '</script>',
    ].join('\n');
    const [file] = embeddedScripts(host('base.html', text));
    expect(file?.text.split('\n')).toEqual([
      ' '.repeat('<script>'.length),
      ' '.repeat('{% if user %}'.length),
      `const user = 0${' '.repeat('{{ user|tojson }}'.length - 1)};`,
      `const url = '${TEMPLATE_PLACEHOLDER.repeat('{{ url_for("api") }}'.length)}';`,
      ' '.repeat('{# comment #}'.length),
      ' '.repeat('{% endif %}'.length),
      ' '.repeat('</script>'.length),
    ]);
  });

  it('tells strings from comments and code when it blanks a tag', () => {
    const text = [
      '<script>',
      "// it's {{ note }}",
      'const a = `x{{ y }}`, b = "{{ z }}", c = 1 /* {{ w }} */;',
      '</script>',
    ].join('\n');
    const [file] = embeddedScripts(host('page.html', text));
    expect(file?.text.split('\n').slice(1, 3)).toEqual([
      `// it's ${' '.repeat('{{ note }}'.length)}`,
      `const a = \`x${TEMPLATE_PLACEHOLDER.repeat(7)}\`, b = "${TEMPLATE_PLACEHOLDER.repeat(7)}", c = 1 /* ${' '.repeat(7)} */;`,
    ]);
  });

  it('records the language of each script block on its virtual file', () => {
    const text = '<script>a()</script><script setup lang="ts">b()</script>';
    expect(embeddedScripts(host('A.vue', text)).map((file) => [file.embeddedIn, file.scriptLang])).toEqual([
      ['script block at line 1', 'js'],
      ['script block at line 1', 'ts'],
    ]);
  });

  it('puts every markup handler in one more virtual file, each ended by a semicolon', () => {
    const text = '<button onclick="a()" onblur="b()">x</button>';
    const files = embeddedScripts(host('page.html', text));
    expect(files.map((file) => [file.embeddedIn, file.text])).toEqual([
      ['event handlers in markup', `${' '.repeat('<button onclick="'.length)}a();${' '.repeat(' onblur="'.length)}b();${' '.repeat('>x</button>'.length)}`],
    ]);
  });

  it('leaves braces alone in Vue and Svelte scripts', () => {
    const text = '<script>const a = {{}}; const b = {#x}</script>';
    expect(embeddedScripts(host('A.vue', text))[0]?.text).toBe('        const a = {{}}; const b = {#x}         ');
  });
});
