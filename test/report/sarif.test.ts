import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model/finding.js';
import { renderSarif, sarifLog } from '../../src/report/sarif.js';
import { relativeUri } from '../../src/report/sarif-location.js';
import { expectGolden } from '../helpers/golden.js';
import { FIXTURES, FIXTURES_DIR } from '../helpers/fixtures.js';
import { REPO_ROOT, runCli } from '../helpers/run-cli.js';
import { at, dashboardResult, event, makeResult } from './make-result.js';

const schema = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'test/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
// The schema's language-tag pattern is not valid with the `u` flag ajv uses by default.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validateSarif = ajv.compile(schema);

/** Schema errors as short lines, so a failure says where the log is wrong. */
function schemaErrors(log: unknown): string[] {
  return validateSarif(log) ? [] : (validateSarif.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

const render = (result: ReturnType<typeof makeResult>) => JSON.parse(renderSarif(result, { color: false }));

const packageVersion = (JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

describe('renderSarif', () => {
  it('writes one SARIF 2.1.0 run for ws-gap with a rule per check', () => {
    const log = render(dashboardResult());
    expect(log.$schema).toBe('https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0];
    expect(run.tool.driver).toMatchObject({ name: 'ws-gap', version: packageVersion, informationUri: 'https://www.npmjs.com/package/ws-gap' });
    expect(run.tool.driver.rules[0]).toEqual({
      id: 'unhandled-event',
      name: 'UnhandledEvent',
      shortDescription: { text: 'Unhandled event' },
      fullDescription: { text: 'An event the backend sends to the frontend that no frontend code handles.' },
      help: { text: 'Add a frontend handler for the event, or stop sending it from the backend if nothing needs it.' },
      defaultConfiguration: { level: 'error' },
    });
    expect(run.tool.driver.rules.map((rule: { id: string; defaultConfiguration: { level: string } }) => `${rule.id} ${rule.defaultConfiguration.level}`)).toEqual([
      'unhandled-event error',
      'dead-handler warning',
      'unhandled-client-event error',
      'dead-client-handler warning',
      'field-mismatch warning',
      'contract-payload warning',
      'dynamic-name note',
      'skipped-file note',
    ]);
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(Object.keys(run.originalUriBaseIds)).toEqual(['%SRCROOT%']);
  });

  it('writes a result per finding with rule, level, message and location', () => {
    const results = render(dashboardResult()).runs[0].results;
    const summary = results.map((result: any) => {
      const { uri, uriBaseId } = result.locations[0].physicalLocation.artifactLocation;
      const { startLine, startColumn } = result.locations[0].physicalLocation.region;
      return `${result.ruleId}#${result.ruleIndex} ${result.level} ${uriBaseId}/${uri}:${startLine}:${startColumn} ${result.message.text}`;
    });
    expect(summary).toEqual([
      "dynamic-name#6 note %SRCROOT%/backend/backend_simple.py:300:5 The backend sends an event whose name is computed; ws-gap knows it only as the pattern 'training_*'.",
      "unhandled-event#0 error %SRCROOT%/backend/backend_simple.py:653:5 The backend sends 'prediction_volume', but no frontend code handles it.",
      "unhandled-event#0 error %SRCROOT%/backend/backend_simple.py:903:5 The backend sends 'model_deployed', but no frontend code handles it.",
      'skipped-file#7 note %SRCROOT%/backend/broken.py:1:1 ws-gap could not analyse this file (Unexpected token (12:4)), so the events it sends or handles are missing from the results.',
      "dead-handler#1 warning %SRCROOT%/static/js/pages/dashboard.js:40:5 The frontend handles 'deployment_status', but the backend never sends it.",
      "unhandled-client-event#2 error %SRCROOT%/static/js/pages/dashboard.js:50:5 The frontend sends 'request_refresh', but no backend code handles it.",
    ]);
  });

  it('numbers related locations and says what each is', () => {
    const result = makeResult([
      event('job_done', {
        status: 'unhandled',
        sent: [at('backend/app.py', 10), at('backend/app.py', 20, { calledFrom: [{ file: 'backend/jobs.py', line: 7, column: 9 }] })],
      }),
    ]);
    expect(render(result).runs[0].results[0].relatedLocations).toEqual([
      {
        id: 1,
        physicalLocation: { artifactLocation: { uri: 'backend/app.py', uriBaseId: '%SRCROOT%' }, region: { startLine: 20, startColumn: 5 } },
        message: { text: 'also sent here' },
      },
      {
        id: 2,
        physicalLocation: { artifactLocation: { uri: 'backend/jobs.py', uriBaseId: '%SRCROOT%' }, region: { startLine: 7, startColumn: 9 } },
        message: { text: 'the helper that names the event is called here' },
      },
    ]);
  });

  it('leaves relatedLocations out when there are none', () => {
    const results = render(dashboardResult()).runs[0].results;
    expect(results.filter((result: any) => 'relatedLocations' in result).map((result: any) => result.ruleId)).toEqual(['unhandled-event']);
  });

  it('writes no results, and still every rule, when there is nothing to report', () => {
    const log = render(makeResult([event('ok', { sent: [at('a.py', 1)], handled: [at('b.js', 2)] })]));
    expect(log.runs[0].results).toEqual([]);
    expect(log.runs[0].tool.driver.rules).toHaveLength(8);
    expect(schemaErrors(log)).toEqual([]);
  });

  it('is valid SARIF 2.1.0 for a result with every kind of finding', () => {
    expect(schemaErrors(render(dashboardResult()))).toEqual([]);
  });
});

describe('partialFingerprints', () => {
  const unhandled = (name: string, file: string, line: number, more: Partial<Finding> = {}): Finding => ({
    checkId: 'unhandled-event',
    event: { name, direction: 'server-to-client' },
    location: { file, line, column: 5 },
    relatedLocations: [],
    arguments: { siteCount: 1 },
    ...more,
  });
  const fingerprintsOf = (findings: Finding[]) => sarifLog(findings).runs[0].results.map((result) => result.partialFingerprints['wsGap/v1']);

  it('does not change when the finding moves to another line or column', () => {
    const [before] = fingerprintsOf([unhandled('job_done', 'backend/app.py', 10)]);
    const [after] = fingerprintsOf([unhandled('job_done', 'backend/app.py', 250, { location: { file: 'backend/app.py', line: 250, column: 17 } })]);
    expect(before).toMatch(/^[0-9a-f]{64}:1$/);
    expect(after).toBe(before);
  });

  it('changes with the check, the event, the direction, the namespace and the file', () => {
    const base = unhandled('job_done', 'backend/app.py', 10);
    const variants: Finding[] = [
      base,
      { ...base, checkId: 'dead-handler' },
      { ...base, event: { name: 'job_failed', direction: 'server-to-client' } },
      { ...base, event: { name: 'job_done', direction: 'client-to-server' } },
      { ...base, event: { name: 'job_done', direction: 'server-to-client', namespace: '/jobs' } },
      { ...base, location: { file: 'backend/other.py', line: 10, column: 5 } },
    ];
    expect(new Set(fingerprintsOf(variants)).size).toBe(variants.length);
  });

  it('tells apart findings with the same key by their occurrence', () => {
    const dynamic = (line: number): Finding => ({
      checkId: 'dynamic-name',
      event: { name: '*', direction: 'server-to-client' },
      location: { file: 'backend/app.py', line, column: 5 },
      relatedLocations: [],
      arguments: { kind: 'send', side: 'backend', otherSide: 'frontend', matched: false },
    });
    const [first, second] = fingerprintsOf([dynamic(10), dynamic(20)]);
    expect(first!.replace(/:1$/, ':2')).toBe(second);
  });
});

describe('relativeUri', () => {
  it('percent-encodes each path segment and keeps the slashes', () => {
    expect(relativeUri('src/my app/100%/a,b:c#d?.py')).toBe('src/my%20app/100%25/a%2Cb%3Ac%23d%3F.py');
    expect(relativeUri('../backend/é.py')).toBe('../backend/%C3%A9.py');
  });

  it('does not throw on a lone surrogate', () => {
    expect(relativeUri('a\uD800b.js')).toBe('a%EF%BF%BDb.js');
  });

  it('gives a uri the schema accepts for hostile names', () => {
    const result = makeResult([
      event('evil\u0000\n"name', { status: 'unhandled', sent: [at('dir with space/we:ird,%.py', 3)] }),
    ]);
    expect(schemaErrors(render(result))).toEqual([]);
  });
});

interface FixtureExpectation {
  command: string[];
  summary: { unhandled: number; deadHandlers: number; clientUnhandled: number; clientDeadHandlers: number };
}

describe.each(FIXTURES)('SARIF of fixture %s', (fixture) => {
  const expectation = JSON.parse(fs.readFileSync(path.join(FIXTURES_DIR, fixture, 'expected.json'), 'utf8')) as FixtureExpectation;
  const run = runCli([...expectation.command, '--format', 'sarif']);
  const log = JSON.parse(run.stdout || 'null');

  it('is produced without error', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('is valid against the SARIF 2.1.0 schema', () => {
    expect(schemaErrors(log)).toEqual([]);
  });

  it('has one result per gap the summary counts', () => {
    const count = (ruleId: string) => log.runs[0].results.filter((result: { ruleId: string }) => result.ruleId === ruleId).length;
    expect({
      unhandled: count('unhandled-event'),
      deadHandlers: count('dead-handler'),
      clientUnhandled: count('unhandled-client-event'),
      clientDeadHandlers: count('dead-client-handler'),
    }).toEqual({
      unhandled: expectation.summary.unhandled,
      deadHandlers: expectation.summary.deadHandlers,
      clientUnhandled: expectation.summary.clientUnhandled,
      clientDeadHandlers: expectation.summary.clientDeadHandlers,
    });
  });

  it('points every location at a line that exists in the file', () => {
    const locations = log.runs[0].results.flatMap((result: any) => [result.locations[0], ...(result.relatedLocations ?? [])]);
    for (const { physicalLocation } of locations) {
      const file = path.join(REPO_ROOT, decodeURIComponent(physicalLocation.artifactLocation.uri));
      const lineCount = fs.readFileSync(file, 'utf8').split('\n').length;
      expect(physicalLocation.region.startLine).toBeLessThanOrEqual(lineCount);
    }
  });
});

describe('golden SARIF', () => {
  it('matches test/golden/mlops-dashboard.sarif for the reference fixture', () => {
    const run = runCli(['scan', 'fixtures/mlops-dashboard/backend', 'fixtures/mlops-dashboard/static', '--format', 'sarif']);
    expect(run.code).toBe(0);
    expectGolden('mlops-dashboard.sarif', run.stdout);
  });
});
