import { describe, expect, it } from 'vitest';
import { crossReference } from '../../src/analyze/cross-reference.js';
import type { FieldRead } from '../../src/model/site.js';
import { clientHandler, serverSend } from '../helpers/make-site.js';

const reads = (...fields: Array<[string, number]>): FieldRead[] =>
  fields.map(([field, line]) => ({ field, file: 'static/app.js', line, column: 10 }));

const mismatchesOf = (sites: Parameters<typeof crossReference>[0]) => crossReference(sites)[0]!.fieldMismatches;

describe('field mismatches', () => {
  it('reports a read no sender provides, with the closest provided key', () => {
    const sites = [
      serverSend('pipeline_status', { payloadKeys: ['pipeline_id', 'status'] }),
      clientHandler('pipeline_status', { fieldsRead: reads(['pipelineId', 4], ['status', 5], ['startedBy', 6]) }),
    ];
    expect(mismatchesOf(sites)).toEqual([
      { field: 'pipelineId', file: 'static/app.js', line: 4, column: 10, closest: 'pipeline_id' },
      { field: 'startedBy', file: 'static/app.js', line: 6, column: 10 },
    ]);
  });

  it('accepts a field that any one of the senders provides', () => {
    const sites = [
      serverSend('progress', { payloadKeys: ['id', 'progress'] }),
      serverSend('progress', { payloadKeys: ['id'], line: 9 }),
      clientHandler('progress', { fieldsRead: reads(['progress', 3]) }),
    ];
    expect(mismatchesOf(sites)).toEqual([]);
  });

  it('judges nothing when one sender payload is unknown', () => {
    const sites = [
      serverSend('progress', { payloadKeys: ['id'] }),
      serverSend('progress', { line: 9 }),
      clientHandler('progress', { fieldsRead: reads(['other', 3]) }),
    ];
    expect(mismatchesOf(sites)).toEqual([]);
  });

  it('checks nested keys one level deep, and trusts a parent whose keys are unknown', () => {
    const known = [
      serverSend('stats', { payloadKeys: ['stats', 'stats.cpu', 'meta'] }),
      clientHandler('stats', { fieldsRead: reads(['stats.cpu', 2], ['stats.mem', 3], ['meta.host', 4]) }),
    ];
    expect(mismatchesOf(known)).toEqual([{ field: 'stats.mem', file: 'static/app.js', line: 3, column: 10 }]);
  });

  it('finds the closest key among siblings of a nested field', () => {
    const sites = [
      serverSend('stats', { payloadKeys: ['data', 'data.cpu_load'] }),
      clientHandler('stats', { fieldsRead: reads(['data.cpuLoad', 2]) }),
    ];
    expect(mismatchesOf(sites)).toEqual([{ field: 'data.cpuLoad', file: 'static/app.js', line: 2, column: 10, closest: 'data.cpu_load' }]);
  });

  it('says nothing for dead handlers and events without reads', () => {
    expect(mismatchesOf([clientHandler('x', { fieldsRead: reads(['a', 1]) })])).toEqual([]);
    expect(mismatchesOf([serverSend('x', { payloadKeys: [] }), clientHandler('x')])).toEqual([]);
  });
});

describe('near-miss event names', () => {
  it('suggests the closest sent name for a dead handler', () => {
    const events = crossReference([serverSend('pipeline_status'), clientHandler('pipline_status'), clientHandler('totally_else')]);
    expect(events.map((event) => [event.name, event.didYouMean])).toEqual([
      ['pipeline_status', undefined],
      ['pipline_status', 'pipeline_status'],
      ['totally_else', undefined],
    ]);
  });
});
