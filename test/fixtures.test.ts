import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventReport, ScanResult } from '../src/model/result.js';
import { FIXTURES, FIXTURES_DIR } from './helpers/fixtures.js';
import { runCli } from './helpers/run-cli.js';
import { projectOnto } from './helpers/subset.js';

interface FixtureExpectation {
  command: string[];
  summary: Record<string, number>;
  events: Array<Partial<EventReport> & Pick<EventReport, 'name' | 'direction'>>;
}

const eventKey = (event: Pick<EventReport, 'direction' | 'name' | 'namespace'>) => `${event.direction} ${event.namespace ?? '/'} ${event.name}`;

describe.each(FIXTURES)('fixture %s', (fixture) => {
  const expectation = JSON.parse(fs.readFileSync(path.join(FIXTURES_DIR, fixture, 'expected.json'), 'utf8')) as FixtureExpectation;
  const run = runCli([...expectation.command, '--format', 'json']);
  const result = JSON.parse(run.stdout || 'null') as ScanResult;
  const actualByKey = new Map(result?.events.map((event) => [eventKey(event), event]));

  it('scans without error', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('has the expected summary', () => {
    expect(projectOnto(result.summary, expectation.summary)).toEqual(expectation.summary);
  });

  it('finds exactly the expected events', () => {
    expect([...actualByKey.keys()].sort()).toEqual(expectation.events.map(eventKey).sort());
  });

  it.each(expectation.events.map((event) => [eventKey(event), event] as const))('event %s', (key, expected) => {
    expect(projectOnto(actualByKey.get(key), expected)).toEqual(expected);
  });
});
