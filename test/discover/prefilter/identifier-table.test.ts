import { describe, expect, it } from 'vitest';
import { IdentifierTable } from '../../../src/discover/prefilter/identifier-table.js';

describe('IdentifierTable', () => {
  it('numbers each distinct name once, wherever in a text it is found, with its flags', () => {
    const table = new IdentifierTable((name) => (name.startsWith('on') ? 1 : 0));
    const text = 'socket.on(onmessage, socket)';
    expect(table.numberAt(text, 0, 6)).toBe(0);
    expect(table.numberAt(text, 7, 9)).toBe(1);
    expect(table.numberAt(text, 10, 19)).toBe(2);
    expect(table.numberAt(text, 21, 27)).toBe(0);
    expect(table.number('on')).toBe(1);
    expect(table.names).toEqual(['socket', 'on', 'onmessage']);
    expect(table.flags).toEqual([0, 1, 1]);
  });

  it('keeps every number while the table grows past thousands of names', () => {
    const table = new IdentifierTable(() => 0);
    const names = Array.from({ length: 20_000 }, (_, index) => `name${index}`);
    const numbers = names.map((name) => table.number(name));
    expect(numbers).toEqual(names.map((_, index) => index));
    expect(names.map((name) => table.numberAt(` ${name} `, 1, name.length + 1))).toEqual(numbers);
    expect(table.names).toEqual(names);
  });
});
