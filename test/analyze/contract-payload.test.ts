import { describe, expect, it } from 'vitest';
import { schemaMismatchesOf } from '../../src/analyze/contract-payload.js';
import type { ContractEvent } from '../../src/extract/contracts/index.js';
import { at, event } from '../report/make-result.js';

const declared = (payloadSchema: unknown): ContractEvent => ({
  name: 'start_pipeline',
  direction: 'client-to-server',
  file: 'asyncapi.yaml',
  line: 3,
  column: 9,
  payloadSchema,
});

const SCHEMA = {
  type: 'object',
  required: ['type', 'pipeline_id'],
  properties: { type: { type: 'string' }, pipeline_id: { type: 'string' }, options: { type: 'object', properties: { dry_run: {} } }, meta: { type: 'object' } },
};

describe('schemaMismatchesOf', () => {
  it('reports handler reads the schema does not define, nested ones too', () => {
    const reads = [
      { field: 'pipeline_id', file: 'app.py', line: 5, column: 3 },
      { field: 'pipelineId', file: 'app.py', line: 6, column: 3 },
      { field: 'options.dry_run', file: 'app.py', line: 7, column: 3 },
      { field: 'options.force', file: 'app.py', line: 8, column: 3 },
      { field: 'meta.anything', file: 'app.py', line: 9, column: 3 },
    ];
    const report = event('start_pipeline', { handled: [at('app.py', 4, { fieldsRead: reads })] });
    expect(schemaMismatchesOf(report, declared(SCHEMA))).toEqual([
      { field: 'pipelineId', file: 'app.py', line: 6, column: 3, side: 'handler', problem: 'not-in-schema' },
      { field: 'options.force', file: 'app.py', line: 8, column: 3, side: 'handler', problem: 'not-in-schema' },
    ]);
  });

  it('reports a sender that leaves out a required field (not the type key), and unknown keys only when forbidden', () => {
    const report = event('start_pipeline', { sent: [at('page.js', 12, { payloadKeys: ['stages'] }), at('page.js', 30)] });
    expect(schemaMismatchesOf(report, declared(SCHEMA))).toEqual([
      { field: 'pipeline_id', file: 'page.js', line: 12, column: 5, side: 'sender', problem: 'missing-required' },
    ]);
    const strict = { ...SCHEMA, additionalProperties: false };
    expect(schemaMismatchesOf(report, declared(strict)).map((mismatch) => `${mismatch.problem} ${mismatch.field}`)).toEqual([
      'missing-required pipeline_id',
      'not-in-schema stages',
    ]);
  });

  it('judges nothing without an object schema that lists properties', () => {
    const report = event('start_pipeline', { handled: [at('app.py', 4, { fieldsRead: [{ field: 'x', file: 'app.py', line: 5, column: 1 }] })] });
    expect(schemaMismatchesOf(report, declared(undefined))).toEqual([]);
    expect(schemaMismatchesOf(report, declared({ type: 'object' }))).toEqual([]);
    expect(schemaMismatchesOf(report, declared({ type: 'object', properties: {}, additionalProperties: true }))).toEqual([]);
  });
});
