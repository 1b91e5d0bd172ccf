import { describe, expect, it } from 'vitest';
import { describeChanges, resultChanges } from '../../src/watch/result-changes.js';
import { at, event, makeResult } from '../report/make-result.js';

describe('resultChanges', () => {
  const before = makeResult([
    event('a', { status: 'unhandled', sent: [at('app.py', 10)] }),
    event('b', { status: 'unhandled', sent: [at('app.py', 20)] }),
  ]);

  it('lists fixed and new gaps, ignoring findings that only moved', () => {
    const after = makeResult([
      event('b', { status: 'unhandled', sent: [at('app.py', 25)] }),
      event('c', { status: 'dead-handler', handled: [at('page.js', 3)] }),
    ]);
    expect(describeChanges(resultChanges(before, after))).toEqual([
      "- fixed: The backend sends 'a', but no frontend code handles it. (app.py:10)",
      "+ new: The frontend handles 'c', but the backend never sends it. (page.js:3)",
    ]);
  });

  it('finds nothing to say when nothing changed', () => {
    expect(describeChanges(resultChanges(before, before))).toEqual([]);
  });
});
