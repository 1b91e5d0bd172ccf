import { describe, expect, it } from 'vitest';
import { evaluateGates } from '../../src/analyze/gates.js';
import type { CheckId, Finding } from '../../src/model/finding.js';
import type { Summary } from '../../src/model/result.js';

const summary = (figures: Partial<Summary> = {}): Summary => ({
  serverEvents: 20,
  handled: 18,
  unhandled: 2,
  deadHandlers: 1,
  coverage: 0.9,
  clientEvents: 3,
  clientHandled: 2,
  clientUnhandled: 1,
  clientDeadHandlers: 0,
  clientLocal: 3,
  dynamicSites: 1,
  filesScanned: 10,
  ...figures,
});

const findings = (...checkIds: CheckId[]): Finding[] =>
  checkIds.map((checkId) => ({ checkId, location: { file: 'a.py', line: 1, column: 1 }, relatedLocations: [], arguments: {} }));

const FIXTURE_FINDINGS = findings('unhandled-event', 'unhandled-event', 'unhandled-client-event', 'dead-handler', 'dynamic-name');

describe('evaluateGates', () => {
  it('fails nothing when no gate is asked for', () => {
    expect(evaluateGates(summary(), FIXTURE_FINDINGS, {})).toEqual([]);
  });

  it('says which gates failed and by how much', () => {
    expect(evaluateGates(summary(), FIXTURE_FINDINGS, { failOnUnhandled: true, failOnDeadHandlers: true, minCoverage: 95 })).toEqual([
      { gate: '--fail-on-unhandled', reason: '2 server events and 1 client event sent but not handled' },
      { gate: '--fail-on-dead-handlers', reason: '1 frontend handler for events nothing sends' },
      { gate: '--min-coverage 95', reason: 'coverage is 90.0% (18/20 server events handled), 5.0 points below' },
    ]);
  });

  it('passes gates whose findings and figures are fine', () => {
    const clean = summary({ handled: 20, coverage: 1 });
    expect(evaluateGates(clean, findings('dynamic-name'), { failOnUnhandled: true, failOnDeadHandlers: true, minCoverage: 100 })).toEqual([]);
    expect(evaluateGates(summary(), FIXTURE_FINDINGS, { minCoverage: 90 })).toEqual([]);
  });

  it('counts backend dead handlers too', () => {
    expect(evaluateGates(summary(), findings('dead-client-handler', 'dead-client-handler'), { failOnDeadHandlers: true })).toEqual([
      { gate: '--fail-on-dead-handlers', reason: '2 backend handlers for events nothing sends' },
    ]);
  });
});
