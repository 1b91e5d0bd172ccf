import { describe, expect, it } from 'vitest';
import { skippedFile } from '../../../src/analyze/checks/skipped-file.js';
import { resultOf } from './scan-result.js';

describe('skipped-file', () => {
  it('reports each skipped file at its first line with the reason', () => {
    const result = resultOf([], [
      { file: 'backend/broken.py', reason: 'syntax error at line 12' },
      { file: 'static/logo.js', reason: 'binary file (contains NUL bytes)' },
    ]);
    expect(skippedFile.find(result)).toEqual([
      {
        checkId: 'skipped-file',
        location: { file: 'backend/broken.py', line: 1, column: 1 },
        relatedLocations: [],
        arguments: { reason: 'syntax error at line 12' },
      },
      {
        checkId: 'skipped-file',
        location: { file: 'static/logo.js', line: 1, column: 1 },
        relatedLocations: [],
        arguments: { reason: 'binary file (contains NUL bytes)' },
      },
    ]);
  });
});
