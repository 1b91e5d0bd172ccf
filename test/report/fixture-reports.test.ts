import { describe, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { REPORTERS } from '../../src/report/index.js';
import { FIXTURES, fixtureScanOptions } from '../helpers/fixtures.js';
import { expectGolden } from '../helpers/golden.js';

/** The text formats, each checked against a golden file for every fixture (SARIF is checked against its schema). */
const GOLDEN_FORMATS = { terminal: 'terminal.txt', markdown: 'md', github: 'github.txt' } as const;

describe.each(FIXTURES)('reports of fixture %s', (fixture) => {
  it.each(Object.entries(GOLDEN_FORMATS))('%s matches its golden file', async (format, extension) => {
    const result = await analyze(fixtureScanOptions(fixture));
    const report = REPORTERS[format as keyof typeof GOLDEN_FORMATS](result, { color: false });
    expectGolden(`fixtures/${fixture}.${extension}`, report);
  });
});
