import fc from 'fast-check';
import { describe, it } from 'vitest';
import { RUNS, expectTextAnalysedOrSkipped, fixtureTexts, mutatedText, tokenSoup } from './front-end-helpers.js';

const SEEDS = fixtureTexts(['.html', '.vue', '.svelte']);
const TOKENS = [
  '<script>', '</script>', '<script setup lang="ts">', '<script type="module">', '<template>', '</template>', '<div', '>',
  '</div>', '{{', '}}', '{%', '%}', '{#if x}', '{/if}', 'on:click={() => socket.emit("a")}', '@click="send(\'b\')"',
  'onclick="ws.send(\'c\')"', '<!--', '-->', 'socket.on("d", f)', '<style>', '</style>', '"', "'", '=', '`',
];

describe('embedded scripts (.html, .vue, .svelte) on broken and random input', () => {
  it('analyses or skips mutated real files, never throwing', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(mutatedText(SEEDS), fc.constantFrom('web/page.html', 'web/Panel.vue', 'web/Panel.svelte'), (text, file) =>
        expectTextAnalysedOrSkipped(file, text),
      ),
      { numRuns: RUNS },
    );
  });

  it('analyses or skips random markup and script soup', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(tokenSoup(TOKENS), fc.constantFrom('web/page.html', 'web/Panel.vue', 'web/Panel.svelte'), (text, file) =>
        expectTextAnalysedOrSkipped(file, text),
      ),
      { numRuns: RUNS },
    );
  });
});
