import { describe, expect, it } from 'vitest';

import { briefSites, readsBySite } from './extract-sources.js';

const client = [
  'const ws = new WebSocket(url);',
  'ws.onmessage = (e) => {',
  '  const msg = JSON.parse(e.data);',
  '  switch (msg.event) {',
  "    case 'chat': render(msg.text); break;",
  '  }',
  "  if (msg.event === 'typing') show(msg.user);",
  '};',
  "ws.send(JSON.stringify({ action: 'join', room: 'a' }));",
  "ws.send(JSON.stringify({ type: 'ping', action: 'noop' }));",
  "ws.send(JSON.stringify({ name: 'Bob' }));",
  "ws.send(JSON.stringify({ command: 'leave' }));",
].join('\n');

const server = [
  "import { WebSocketServer } from 'ws';",
  'const wss = new WebSocketServer({ port: 8080 });',
  'wss.on(\'connection\', (socket) => {',
  "  socket.on('message', (raw) => {",
  '    const { action } = JSON.parse(raw);',
  "    if (action === 'join') socket.send(JSON.stringify({ event: 'chat', text: 'hi' }));",
  '    users[JSON.parse(raw).name]();',
  '  });',
  '});',
].join('\n');

describe('type fields other than `type`', () => {
  it('dispatches on the key incoming messages are switched on or compared by, and sends with it', async () => {
    expect(
      await briefSites({ path: 'src/client.js', text: client }, { path: 'server/index.js', text: server, side: 'backend' }),
    ).toEqual([
      { name: 'connection', kind: 'handle', scope: 'wire', line: 3, column: 8, via: 'wss.on' },
      { name: 'join', kind: 'handle', scope: 'wire', line: 6, column: 20, via: 'action ===' },
      { name: 'chat', kind: 'send', scope: 'wire', line: 6, column: 64, via: 'socket.send', payloadKeys: ['text'] },
      { name: 'chat', kind: 'handle', scope: 'wire', line: 5, column: 10, via: 'switch (msg.event)' },
      { name: 'typing', kind: 'handle', scope: 'wire', line: 7, column: 21, via: 'msg.event ===' },
      { name: 'join', kind: 'send', scope: 'wire', line: 9, column: 34, via: 'ws.send', payloadKeys: ['room'] },
      // `type` wins over `action` in one message; `name` alone names nothing (only a map lookup reads it).
      { name: 'ping', kind: 'send', scope: 'wire', line: 10, column: 32, via: 'ws.send', payloadKeys: ['action'] },
      { name: '*', kind: 'send', scope: 'wire', line: 11, column: 24, via: 'ws.send', dynamic: true, payloadKeys: ['name'] },
      // Django Channels clients name the command (`content["command"]` on the server).
      { name: 'leave', kind: 'send', scope: 'wire', line: 12, column: 35, via: 'ws.send', payloadKeys: [] },
    ]);
  });

  it('leaves the chosen key out of the fields a handler reads', async () => {
    expect(await readsBySite({ path: 'src/client.js', text: client })).toEqual([
      ['chat', [['text', 5, 29]]],
      ['typing', [['user', 7, 40]]],
    ]);
  });

  it('takes an unambiguous key from a handler map lookup, and `name` only from a comparison', async () => {
    const text = [
      'const ws = new WebSocket(url);',
      'ws.onmessage = (e) => {',
      '  const data = JSON.parse(e.data);',
      '  handlers[data.op]?.(data);',
      "  if (data.name === 'reset') reset();",
      '};',
      'const handlers = { update: (d) => apply(d) };',
    ].join('\n');
    expect(await briefSites({ path: 'src/ops.js', text })).toEqual([
      { name: 'reset', kind: 'handle', scope: 'wire', line: 5, column: 21, via: 'data.name ===' },
      { name: 'update', kind: 'handle', scope: 'wire', line: 7, column: 20, via: 'handlers[data.op]' },
    ]);
  });

  it('ignores Redux actions and DOM events whatever their keys', async () => {
    const text = [
      'const ws = new WebSocket(url);',
      "ws.onmessage = (e) => { if (JSON.parse(e.data).kind === 'tick') tick(); };",
      "function reducer(state, action) { switch (action.type) { case 'ADD': return state; } }",
      "button.addEventListener('click', (event) => { if (event.action === 'go') go(); });",
      "function onEvent(msg) { switch (msg.kind) { case 'local': break; } }",
    ].join('\n');
    expect(await briefSites({ path: 'src/traps.js', text })).toEqual([
      { name: 'tick', kind: 'handle', scope: 'wire', line: 2, column: 57, via: 'JSON.parse(e.data).kind ===' },
    ]);
  });
});
