import fc from 'fast-check';
import { describe, it } from 'vitest';
import { RUNS, expectTextAnalysedOrSkipped, expectBytesAnalysedOrSkipped, fixtureTexts, mutatedText, tokenSoup } from './front-end-helpers.js';

const SEEDS = fixtureTexts(['.py']);
const TOKENS = [
  'def', 'async', 'await', 'class', 'import', 'from', 'socketio', 'sio', '.', 'emit', 'send_json', 'broadcast_json', 'on',
  '@', '(', ')', '[', ']', '{', '}', ':', ',', '"type"', '"job_done"', "f'x{y}'", '"""', '#', '\\', 'self', 'ws', 'data',
  'if', 'elif', 'for', 'in', 'while', 'return', 'lambda', '=', '==', 'None', 'receive_json', 'group_send', '*', '**',
];

describe('Python front-end on broken and random input', () => {
  it('analyses or skips mutated real files, never throwing', { timeout: 120_000 }, async () => {
    await fc.assert(fc.asyncProperty(mutatedText(SEEDS), (text) => expectTextAnalysedOrSkipped('app/server.py', text)), { numRuns: RUNS });
  });

  it('analyses or skips random sequences of Python tokens', { timeout: 120_000 }, async () => {
    await fc.assert(fc.asyncProperty(tokenSoup(TOKENS), (text) => expectTextAnalysedOrSkipped('app/soup.py', text)), { numRuns: RUNS });
  });

  it('analyses or skips random bytes', { timeout: 120_000 }, async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 4000 }), (bytes) => expectBytesAnalysedOrSkipped('app/bytes.py', bytes)), { numRuns: RUNS });
  });
});
