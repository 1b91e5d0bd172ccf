import { describe, expect, it } from 'vitest';

import { extract } from './extract-sources.js';

describe('ws servers', () => {
  it('follows require, the sockets of a connection handler registered by reference and wss.clients', async () => {
    const events = ["module.exports = { TICK: 'tick', HELLO: 'hello' };"].join('\n');
    const commands = ["exports.PING = 'ping';"].join('\n');
    const server = [
      "const WebSocket = require('ws');",
      "const Events = require('./events');",
      "const { PING } = require('./commands');",
      'const wss = new WebSocket.Server({ port: 8080 });',
      "wss.on('connection', onPeer);",
      'function onPeer(peer) {',
      '  peer.send(JSON.stringify({ type: Events.HELLO, id: 1 }));',
      "  peer.on('message', (raw) => {",
      '    const m = JSON.parse(raw.toString());',
      "    if (m.type === PING) peer.send(JSON.stringify({ type: 'pong' }));",
      '  });',
      "  peer.on('close', () => {});",
      '}',
      'setInterval(() => {',
      '  wss.clients.forEach((c) => c.send(JSON.stringify({ type: Events.TICK, at: Date.now() })));',
      "  for (const p of wss.clients) p.send(JSON.stringify({ type: 'tock' }));",
      '}, 1000);',
    ].join('\n');
    const { sites } = await extract(
      { path: 'server/events.js', text: events, side: 'backend' },
      { path: 'server/commands.js', text: commands, side: 'backend' },
      { path: 'server/index.js', text: server, side: 'backend' },
    );
    expect(sites.map((site) => [site.name, site.kind, site.line, site.column, site.via, site.payloadKeys])).toEqual([
      ['connection', 'handle', 5, 8, 'wss.on', undefined],
      ['hello', 'send', 7, 36, 'peer.send', ['id']],
      ['ping', 'handle', 10, 20, 'm.type ===', undefined],
      ['pong', 'send', 10, 59, 'peer.send', []],
      ['close', 'handle', 12, 11, 'peer.on', undefined],
      ['tick', 'send', 15, 60, 'c.send', ['at']],
      ['tock', 'send', 16, 62, 'p.send', []],
    ]);
  });

  it('knows a ws server imported under any name, and a Socket.IO server required and called at once', async () => {
    const text = [
      "import { WebSocketServer as Hub } from 'ws';",
      'const hub = new Hub({ noServer: true });',
      "hub.on('connection', (peer) => peer.send(JSON.stringify({ type: 'welcome' })));",
      "const realtime = require('socket.io')(httpServer);",
      "realtime.of('/ops').on('connection', (s) => s.emit('ops:hello'));",
    ].join('\n');
    const { sites } = await extract({ path: 'server/app.mjs', text, side: 'backend' });
    expect(sites.map((site) => [site.name, site.kind, site.line, site.column, site.namespace, site.rule])).toEqual([
      ['connection', 'handle', 3, 8, undefined, 'javascript/native-websocket'],
      ['welcome', 'send', 3, 65, undefined, 'javascript/native-websocket'],
      ['connection', 'handle', 5, 24, '/ops', 'javascript/socket-io'],
      ['ops:hello', 'send', 5, 52, '/ops', 'javascript/socket-io'],
    ]);
  });
});
