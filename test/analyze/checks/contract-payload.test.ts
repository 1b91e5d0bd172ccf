import { describe, expect, it } from 'vitest';
import { contractPayload } from '../../../src/analyze/checks/contract-payload.js';
import { findingMessage } from '../../../src/report/finding-messages.js';
import { event, makeResult } from '../../report/make-result.js';

describe('contract-payload', () => {
  it('reports each schema mismatch at its location, worded by side and problem', () => {
    const result = makeResult([
      event('start_pipeline', {
        direction: 'client-to-server',
        schemaMismatches: [
          { field: 'pipeline_id', file: 'page.js', line: 12, column: 5, side: 'sender', problem: 'missing-required' },
          { field: 'pipelineId', file: 'app.py', line: 6, column: 3, side: 'handler', problem: 'not-in-schema' },
        ],
      }),
    ]);
    const findings = contractPayload.find(result);
    expect(findings.map((finding) => `${finding.location.file}:${finding.location.line}`)).toEqual(['page.js:12', 'app.py:6']);
    expect(findings.map(findingMessage)).toEqual([
      "This send of 'start_pipeline' leaves out 'pipeline_id', which the contract's payload schema requires.",
      "The handler of 'start_pipeline' reads 'pipelineId', which the contract's payload schema does not define.",
    ]);
  });
});
