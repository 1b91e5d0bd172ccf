import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findingsNotInBaseline, readBaseline, renderBaseline } from '../../src/analyze/baseline.js';
import type { Finding } from '../../src/model/finding.js';
import { makeTempTree } from '../helpers/temp-tree.js';

const finding = (name: string, file: string, line: number, namespace?: string): Finding => ({
  checkId: 'unhandled-event',
  event: { name, direction: 'server-to-client', ...(namespace ? { namespace } : {}) },
  location: { file, line, column: 1 },
  relatedLocations: [],
  arguments: {},
});

describe('baseline', () => {
  it('writes one entry per kind, event and file, without lines, sorted', () => {
    const text = renderBaseline([finding('b', 'x.py', 9), finding('a', 'x.py', 3), finding('a', 'x.py', 40)]);
    expect(JSON.parse(text)).toEqual({
      version: 1,
      findings: [
        { check: 'unhandled-event', event: 'a', direction: 'server-to-client', file: 'x.py' },
        { check: 'unhandled-event', event: 'b', direction: 'server-to-client', file: 'x.py' },
      ],
    });
  });

  it('keeps only findings the baseline does not know, whatever their line', () => {
    const baseline = JSON.parse(renderBaseline([finding('a', 'x.py', 3)])).findings;
    const now = [finding('a', 'x.py', 120), finding('a', 'y.py', 3), finding('a', 'x.py', 3, '/chat'), finding('c', 'x.py', 3)];
    expect(findingsNotInBaseline(now, baseline).map((f) => `${f.event!.name} ${f.location.file} ${f.event!.namespace ?? '/'}`)).toEqual([
      'a y.py /',
      'a x.py /chat',
      'c x.py /',
    ]);
  });

  it('reads back what it writes', () => {
    const folder = makeTempTree({ 'b.json': renderBaseline([finding('a', 'x.py', 3)]) });
    expect(readBaseline(path.join(folder, 'b.json'))).toEqual([{ check: 'unhandled-event', event: 'a', direction: 'server-to-client', file: 'x.py' }]);
  });

  it('refuses a baseline from a newer format version, and files that are not baselines', () => {
    const folder = makeTempTree({ 'new.json': '{"version": 2, "findings": []}', 'other.json': '{"a": 1}', 'bad.json': '{' });
    expect(() => readBaseline(path.join(folder, 'new.json'))).toThrow(/has format version 2, written by a newer ws-gap; this one reads version 1$/);
    expect(() => readBaseline(path.join(folder, 'other.json'))).toThrow(/is not a ws-gap baseline/);
    expect(() => readBaseline(path.join(folder, 'bad.json'))).toThrow(/is not valid JSON/);
    expect(() => readBaseline(path.join(folder, 'missing.json'))).toThrow(/cannot be read \(ENOENT\)/);
  });
});
