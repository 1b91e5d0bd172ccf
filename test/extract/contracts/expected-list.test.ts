import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import { loadContract } from '../../../src/extract/contracts/index.js';
import { checkExpectedEvents } from '../../../src/extract/contracts/expected-list.js';
import { makeTempTree } from '../../helpers/temp-tree.js';

const CONFIG = `{
  "backend": ["backend"],
  "expected": {
    "Pipeline": ["pipeline_status", "pipeline_failed"],
    "Chat": {
      "client-to-server": ["chat:send"],
      "server-to-client": ["chat:message"]
    }
  }
}
`;

describe('expected events from a JSON config', () => {
  it('reads names, categories and positions; a plain list is server to client', async () => {
    const root = makeTempTree({ 'ws-gap.config.json': CONFIG });
    const contract = await loadContract('ws-gap.config.json', root);
    expect(contract.file).toBe('ws-gap.config.json');
    expect(contract.format).toBe('expected-list');
    expect(contract.warnings).toEqual([]);
    expect(contract.events).toEqual([
      { file: 'ws-gap.config.json', line: 4, column: 18, name: 'pipeline_status', direction: 'server-to-client', category: 'Pipeline' },
      { file: 'ws-gap.config.json', line: 4, column: 37, name: 'pipeline_failed', direction: 'server-to-client', category: 'Pipeline' },
      { file: 'ws-gap.config.json', line: 6, column: 28, name: 'chat:send', direction: 'client-to-server', category: 'Chat' },
      { file: 'ws-gap.config.json', line: 7, column: 28, name: 'chat:message', direction: 'server-to-client', category: 'Chat' },
    ]);
  });

  it('finds the list under "wsGap" in a package.json', async () => {
    const root = makeTempTree({ 'package.json': '{\n  "name": "app",\n  "wsGap": {\n    "expected": {"Jobs": ["job_done"]}\n  }\n}\n' });
    const contract = await loadContract('package.json', root);
    expect(contract.events).toEqual([
      { file: 'package.json', line: 4, column: 27, name: 'job_done', direction: 'server-to-client', category: 'Jobs' },
    ]);
  });

  it('counts columns in UTF-16 code units', async () => {
    const root = makeTempTree({ 'c.json': '{"expected": {"Ünïcode 🚀": ["x"]}}' });
    const [event] = (await loadContract('c.json', root)).events;
    expect(event).toMatchObject({ line: 1, column: 30, name: 'x', category: 'Ünïcode 🚀' });
  });

  it('rejects a malformed list with the file and the key', async () => {
    const root = makeTempTree({ 'c.json': '{"expected": {"Chat": {"both": ["x"]}}}' });
    const error = await loadContract('c.json', root).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toBe(
      'contract c.json: "expected.Chat" may only have the keys "server-to-client" and "client-to-server", not "both"',
    );
  });
});

describe('checkExpectedEvents', () => {
  it('accepts both shapes and returns the value', () => {
    const value = { A: ['a'], B: { 'client-to-server': ['b'] } };
    expect(checkExpectedEvents(value, 'expected')).toBe(value);
  });

  it.each([
    [['a'], '"expected" must be an object mapping a category name to a list of event names'],
    [{ A: 'a' }, '"expected.A" must be a list of event names or {"server-to-client": [...], "client-to-server": [...]}'],
    [{ A: ['a', 3] }, '"expected.A" must be a list of event names'],
    [{ A: [''] }, '"expected.A" must be a list of event names'],
    [{ A: { 'server-to-client': 'a' } }, '"expected.A.server-to-client" must be a list of event names'],
  ])('rejects %j', (value, message) => {
    expect(() => checkExpectedEvents(value, 'expected')).toThrow(message);
  });
});
