import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import { loadContract } from '../../../src/extract/contracts/index.js';
import { makeTempTree } from '../../helpers/temp-tree.js';

describe('loadContract', () => {
  it('refuses a file that does not exist, naming it as given', async () => {
    const root = makeTempTree({});
    const error = await loadContract('missing.yaml', root).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toBe('contract missing.yaml does not exist');
  });

  it('refuses a folder', async () => {
    const root = makeTempTree({ 'contracts/a.json': '{}' });
    const error = await loadContract('contracts', root).catch((caught: unknown) => caught);
    expect((error as Error).message).toBe('contract contracts cannot be read (EISDIR)');
  });

  it('keeps the first of a name declared in two categories, and warns', async () => {
    const root = makeTempTree({ 'c.json': '{"expected": {\n"A": ["x", "y"],\n"B": ["x"],\n"C": {"client-to-server": ["x"]}\n}}\n' });
    const contract = await loadContract('c.json', root);
    expect(contract.events).toEqual([
      { file: 'c.json', line: 2, column: 7, name: 'x', direction: 'server-to-client', category: 'A' },
      { file: 'c.json', line: 2, column: 12, name: 'y', direction: 'server-to-client', category: 'A' },
      { file: 'c.json', line: 4, column: 28, name: 'x', direction: 'client-to-server', category: 'C' },
    ]);
    expect(contract.warnings).toEqual(['contract c.json:3: "x" (server-to-client) is already in category "A" (c.json:2); it stays there, not in "B"']);
  });

  it('warns when the contract declares no events', async () => {
    const root = makeTempTree({ 'c.json': '{"expected": {}}' });
    const contract = await loadContract('c.json', root);
    expect(contract.events).toEqual([]);
    expect(contract.warnings).toEqual(['contract c.json declares no events']);
  });

  it('reads a JSON file with an "asyncapi" key as AsyncAPI even when it has "expected"', async () => {
    const root = makeTempTree({ 'c.json': '{"asyncapi": "3.0.0", "expected": {}}' });
    const error = await loadContract('c.json', root).catch((caught: unknown) => caught);
    expect((error as Error).message).toBe('contract c.json:1:1: Object must have required property "info"');
  });
});
