import { describe, expect, it } from 'vitest';
import { fieldMismatch } from '../../../src/analyze/checks/field-mismatch.js';
import { findingMessage } from '../../../src/report/finding-messages.js';
import { at, event, makeResult } from '../../report/make-result.js';

describe('field-mismatch', () => {
  const result = makeResult([
    event('pipeline_status', {
      sent: [at('backend/app.py', 12, { payloadKeys: ['pipeline_id'] }), at('backend/app.py', 30, { payloadKeys: ['pipeline_id'] })],
      handled: [at('static/pipeline.js', 40)],
      fieldMismatches: [
        { field: 'pipelineId', file: 'static/pipeline.js', line: 41, column: 20, closest: 'pipeline_id' },
        { field: 'owner', file: 'static/pipeline.js', line: 44, column: 9 },
      ],
    }),
  ]);

  it('reports each read at its location, with every send site related', () => {
    const findings = fieldMismatch.find(result);
    expect(findings.map((finding) => [finding.location, finding.arguments, finding.relatedLocations.map((related) => related.line)])).toEqual([
      [{ file: 'static/pipeline.js', line: 41, column: 20 }, { field: 'pipelineId', closest: 'pipeline_id' }, [12, 30]],
      [{ file: 'static/pipeline.js', line: 44, column: 9 }, { field: 'owner' }, [12, 30]],
    ]);
  });

  it('words the finding with the closest key when there is one', () => {
    expect(fieldMismatch.find(result).map(findingMessage)).toEqual([
      "The handler of 'pipeline_status' reads 'pipelineId', which no sender puts in the payload (did you mean 'pipeline_id'?).",
      "The handler of 'pipeline_status' reads 'owner', which no sender puts in the payload.",
    ]);
  });
});
