import { describe, expect, it } from 'vitest';

import { extract } from './extract-sources.js';

describe('comparisons on the event name inside an onAny callback', () => {
  it('makes each compared name a handler of the catch-all’s namespace, and keeps the catch-all', async () => {
    const text = [
      "import { io } from 'socket.io-client';",
      "const socket = io('/live');",
      'socket.onAny((event, ...args) => {',
      "  if (event === 'price:update') tick(args[0]);",
      "  switch (event) { case 'price:halt': halt(); break; }",
      "  if (event.startsWith('news:')) news(args);",
      "  if (event !== 'heartbeat') log(event);",
      '});',
      "function other(event) { if (event === 'not_socket') {} }",
    ].join('\n');
    const { sites } = await extract({ path: 'src/live.ts', text });
    expect(sites.map(({ name, line, column, via, rule, namespace, catchAll }) => ({ name, line, column, via, rule, namespace, catchAll }))).toEqual([
      { name: '*', line: 3, column: 8, via: 'socket.onAny', rule: 'javascript/socket-io', namespace: '/live', catchAll: true },
      { name: 'price:update', line: 4, column: 17, via: 'event ===', rule: 'javascript/socket-io', namespace: '/live', catchAll: undefined },
      { name: 'price:halt', line: 5, column: 25, via: 'switch (event)', rule: 'javascript/socket-io', namespace: '/live', catchAll: undefined },
      { name: 'news:*', line: 6, column: 24, via: 'event.startsWith', rule: 'javascript/socket-io', namespace: '/live', catchAll: undefined },
    ]);
  });
});
