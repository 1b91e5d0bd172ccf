import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ScanOptions } from '../../src/index.js';
import { FIXTURES } from '../helpers/fixtures.js';
import { fixtureCopy, jsonReport } from './scan-report.js';

interface ReportedSite {
  file: string;
  line: number;
  column: number;
}

/** A site whose event name is written as a string literal: renaming it must change the report. */
function literalSite(root: string, report: string): ReportedSite | undefined {
  const events = JSON.parse(report).events as Array<{ sent: ReportedSite[]; handled: ReportedSite[] }>;
  return events
    .flatMap((event) => [...event.sent, ...event.handled])
    .find((site) => {
      const line = fs.readFileSync(path.join(root, site.file), 'utf8').split('\n')[site.line - 1] ?? '';
      return /^['"`]\w/.test(line.slice(site.column - 1));
    });
}

/** Inserts `renamed_` right after the opening quote of the site's event name. */
function renameEvent(root: string, site: ReportedSite): void {
  const file = path.join(root, site.file);
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const line = lines[site.line - 1]!;
  lines[site.line - 1] = `${line.slice(0, site.column)}renamed_${line.slice(site.column)}`;
  fs.writeFileSync(file, lines.join('\n'));
}

/** The report with the cache must be the report without it; returns it and whether files were parsed. */
async function expectSameReport(options: ScanOptions, cache: ScanOptions['cache']) {
  const uncached = await jsonReport(options);
  const cached = await jsonReport({ ...options, cache });
  expect(cached.report).toBe(uncached.report);
  return cached;
}

describe('--cache never changes the JSON report', () => {
  it.each(FIXTURES)('%s: cold, warm, after a change, an added file and a deleted file', { timeout: 60_000 }, async (fixture) => {
    const { root, options } = fixtureCopy(fixture);
    const cache = { location: path.join(root, '.ws-gap-cache') };

    const cold = await expectSameReport(options, cache);
    expect(cold.parsed).toBe(true);
    expect(JSON.parse(cold.report).events.length).toBeGreaterThan(0);
    const warm = await expectSameReport(options, cache);
    expect(warm.parsed).toBe(false);

    const site = literalSite(root, cold.report)!;
    expect(site).toBeDefined();
    renameEvent(root, site);
    const changed = await expectSameReport(options, cache);
    expect(changed.parsed).toBe(true);
    expect(changed.report).not.toBe(cold.report);
    expect(changed.report).toContain('"renamed_');

    const copy = site.file.replace(/(\.\w+)$/, '_copy$1');
    fs.copyFileSync(path.join(root, site.file), path.join(root, copy));
    const added = await expectSameReport(options, cache);
    expect(added.parsed).toBe(true);
    expect(added.report).toContain(`"file": "${copy}"`);

    fs.rmSync(path.join(root, site.file));
    // Whether anything is parsed again depends on the deleted file's group (gone, or changed).
    const deleted = await expectSameReport(options, cache);
    expect(deleted.report).not.toContain(`"file": "${site.file}"`);
    expect((await expectSameReport(options, cache)).parsed).toBe(false);
  });
});
