import fc from 'fast-check';
import { describe, it } from 'vitest';
import { RUNS, expectTextAnalysedOrSkipped, expectBytesAnalysedOrSkipped, fixtureTexts, mutatedText, tokenSoup } from './front-end-helpers.js';

const SEEDS = fixtureTexts(['.js', '.ts', '.tsx', '.mjs']);
const TOKENS = [
  'const', 'let', 'function', 'class', 'extends', 'import', 'export', 'from', "'socket.io-client'", 'io', '(', ')', '{', '}',
  '[', ']', '=>', '.', '?.', 'socket', 'on', 'emit', 'send', 'onmessage', '=', '===', "'job_done'", '`x${', '}`', '/re/g',
  '/', '//', '/*', '*/', 'switch', 'case', 'msg.type', ':', ';', ',', 'new', 'WebSocket', 'JSON.parse', '<div>', '</div>',
  'as', 'any', '<T>', 'this', 'return', 'async', 'await', '...',
];

describe('JavaScript/TypeScript front-end on broken and random input', () => {
  it('analyses or skips mutated real files, never throwing', { timeout: 120_000 }, async () => {
    await fc.assert(fc.asyncProperty(mutatedText(SEEDS), (text) => expectTextAnalysedOrSkipped('src/app.ts', text)), { numRuns: RUNS });
  });

  it('analyses or skips random sequences of JavaScript tokens, in .js and .tsx', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(tokenSoup(TOKENS), fc.constantFrom('src/soup.js', 'src/soup.tsx'), (text, file) => expectTextAnalysedOrSkipped(file, text)),
      { numRuns: RUNS },
    );
  });

  it('analyses or skips random bytes', { timeout: 120_000 }, async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 4000 }), (bytes) => expectBytesAnalysedOrSkipped('src/bytes.js', bytes)), { numRuns: RUNS });
  });
});
