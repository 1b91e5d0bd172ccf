import { describe, expect, it } from 'vitest';
import { loadReporter, REPORT_FORMATS, REPORTERS } from '../../src/report/index.js';

describe('loadReporter', () => {
  it.each(REPORT_FORMATS)('loads the %s reporter the registry lists', async (format) => {
    expect(await loadReporter(format)).toBe(REPORTERS[format]);
  });
});
