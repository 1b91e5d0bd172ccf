import { describe, expect, it } from 'vitest';

import { extract } from './extract-sources.js';

describe('socket.io Manager', () => {
  it('gives the sockets of manager.socket(ns) their namespace', async () => {
    const text = [
      "import { Manager } from 'socket.io-client';",
      "const manager = new Manager('https://example.com/app', { reconnectionDelayMax: 10000 });",
      "const admin = manager.socket('/admin');",
      "const root = manager.socket('/');",
      "admin.on('user:banned', (data) => show(data.userId));",
      "root.emit('hello', { from: 'me' });",
      "manager.socket(nsp).on('any', f);",
      "const cache = new Map(); cache.socket('/x').on('not_socket', f);",
    ].join('\n');
    const { sites } = await extract({ path: 'src/admin.ts', text });
    expect(sites.map(({ name, kind, line, column, via, namespace }) => ({ name, kind, line, column, via, namespace }))).toEqual([
      { name: 'user:banned', kind: 'handle', line: 5, column: 10, via: 'admin.on', namespace: '/admin' },
      { name: 'hello', kind: 'send', line: 6, column: 11, via: 'root.emit', namespace: undefined },
      { name: 'any', kind: 'handle', line: 7, column: 24, via: 'manager.socket(nsp).on', namespace: '*' },
    ]);
  });
});
