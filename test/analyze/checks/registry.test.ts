import { describe, expect, it } from 'vitest';
import { CHECKS, checkById, checkIndex } from '../../../src/analyze/checks/index.js';

describe('check registry', () => {
  it('lists every check once, in report order', () => {
    expect(CHECKS.map((check) => check.id)).toEqual([
      'unhandled-event',
      'dead-handler',
      'unhandled-client-event',
      'dead-client-handler',
      'field-mismatch',
      'contract-payload',
      'dynamic-name',
      'skipped-file',
    ]);
  });

  it('finds each check by its id and index', () => {
    CHECKS.forEach((check, index) => {
      expect(checkById(check.id)).toBe(check);
      expect(checkIndex(check.id)).toBe(index);
    });
  });

  it('gives each check its default severity', () => {
    expect(Object.fromEntries(CHECKS.map((check) => [check.id, check.defaultSeverity]))).toEqual({
      'unhandled-event': 'error',
      'dead-handler': 'warning',
      'unhandled-client-event': 'error',
      'dead-client-handler': 'warning',
      'field-mismatch': 'warning',
      'contract-payload': 'warning',
      'dynamic-name': 'note',
      'skipped-file': 'note',
    });
  });

  it.each(CHECKS.map((check) => [check.id, check] as const))('%s has a title and one-sentence description and help', (_id, check) => {
    expect(check.title).toMatch(/^[A-Z][a-z]+( [a-z]+)*$/);
    expect(check.description).toMatch(/^[A-Z][^\n]*\.$/);
    expect(check.help).toMatch(/^[A-Z][^\n]*\.$/);
  });
});
