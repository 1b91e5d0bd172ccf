import { describe, expect, it } from 'vitest';

import { briefSites, extract } from './extract-sources.js';

describe('sends', () => {
  it('reads typed messages given to send, inline, stringified or through a variable', async () => {
    const text = [
      'const ws = new WebSocket(url);',
      "ws.send(JSON.stringify({ type: 'ping', at: Date.now() }));",
      "wsManager.send({ payload: 1, type: 'subscribe', channel: 'jobs' });",
      "const hello = { type: 'hello', user, token };",
      'ws.send(JSON.stringify(hello));',
    ].join('\n');
    expect(await briefSites({ path: 'src/send.js', text })).toEqual([
      { name: 'ping', kind: 'send', scope: 'wire', line: 2, column: 32, via: 'ws.send', payloadKeys: ['at'] },
      { name: 'subscribe', kind: 'send', scope: 'wire', line: 3, column: 36, via: 'wsManager.send', payloadKeys: ['channel', 'payload'] },
      { name: 'hello', kind: 'send', scope: 'wire', line: 4, column: 23, via: 'ws.send', payloadKeys: ['token', 'user'] },
    ]);
  });

  it('reports a message without a type, or one it cannot see, as dynamic rather than inventing a name', async () => {
    const text = ["ws.send(JSON.stringify({ text: 'hi' }));", 'ws.send(buffer);'].join('\n');
    expect(await briefSites({ path: 'src/untyped.js', text })).toEqual([
      { name: '*', kind: 'send', scope: 'wire', line: 1, column: 24, via: 'ws.send', dynamic: true, payloadKeys: ['text'] },
      { name: '*', kind: 'send', scope: 'wire', line: 2, column: 9, via: 'ws.send', dynamic: true },
    ]);
  });

  it('reads emit on a socket as a wire send with the payload keys of its data', async () => {
    const text = [
      "import { io } from 'socket.io-client';",
      'const socket = io();',
      "socket.emit('chat:send', { room, body: text });",
      "socket.emit('typing');",
    ].join('\n');
    const { sites } = await extract({ path: 'src/io.js', text });
    expect(sites.map((site) => [site.name, site.kind, site.scope, site.line, site.column, site.via, site.payloadKeys, site.rule])).toEqual([
      ['chat:send', 'send', 'wire', 3, 13, 'socket.emit', ['body', 'room'], 'javascript/socket-io'],
      ['typing', 'send', 'wire', 4, 13, 'socket.emit', undefined, 'javascript/socket-io'],
    ]);
  });

  it('reads the manager emitting to its own subscribers as client-local sends, with the keys of their payload', async () => {
    const text = [
      'class Realtime extends EventTarget {',
      '  open() {',
      '    this.ws = new WebSocket(url);',
      "    this.ws.onclose = () => this.dispatchEvent(new CustomEvent('disconnected'));",
      '    this.ws.onmessage = (e) => {',
      '      const msg = JSON.parse(e.data);',
      '      this.dispatchEvent(new CustomEvent(msg.type, { detail: msg }));',
      '    };',
      '  }',
      '}',
      'class Manager {',
      "  on() {} emit() {} reconnect() { this.emit('reconnecting', { attempt: 1 }); }",
      '}',
      'const manager = new Manager();',
      "manager.emit('status_changed');",
      "const realtime = new Realtime(); realtime.addEventListener('job_finished', f);",
    ].join('\n');
    const { sites } = await extract({ path: 'src/local.js', text });
    expect(sites.map((site) => [site.name, site.kind, site.scope, site.line, site.column, site.via, site.rule])).toEqual([
      ['disconnected', 'send', 'local', 4, 64, 'this.dispatchEvent', 'javascript/event-manager'],
      ['reconnecting', 'send', 'local', 12, 45, 'this.emit', 'javascript/event-manager'],
      ['status_changed', 'send', 'local', 15, 14, 'manager.emit', 'javascript/event-manager'],
      ['job_finished', 'handle', 'wire', 16, 60, 'realtime.addEventListener', 'javascript/event-manager'],
    ]);
    expect(sites.map((site) => site.payloadKeys)).toEqual([undefined, ['attempt'], undefined, undefined]);
  });

  it('uses the native-websocket rule for send and type dispatch', async () => {
    const text = ["ws.send({ type: 'a' });", "ws.onmessage = (e) => { if (e.data.type === 'b') {} };"].join('\n');
    const { sites } = await extract({ path: 'src/rule.js', text });
    expect(sites.map((site) => [site.name, site.rule])).toEqual([
      ['a', 'javascript/native-websocket'],
      ['b', 'javascript/native-websocket'],
    ]);
  });
});

describe('server sockets', () => {
  it('follows Socket.IO views of a socket and the sockets handed to connection handlers', async () => {
    const text = [
      "import { Server } from 'socket.io';",
      'const io = new Server(httpServer);',
      "io.of('/admin').on('connection', (admin) => {",
      "  admin.emit('admin:stats', stats());",
      "  admin.on('admin:kick-user', kick);",
      '});',
      "io.on('connection', (peer) => {",
      "  peer.broadcast.emit('user:joined', { name });",
      "  io.to(room).emit('chat:message', message);",
      '});',
    ].join('\n');
    const { sites } = await extract({ path: 'server/index.ts', text, side: 'backend' });
    expect(sites.map((site) => [site.name, site.kind, site.line, site.column, site.via])).toEqual([
      ['connection', 'handle', 3, 20, "io.of('/admin').on"],
      ['admin:stats', 'send', 4, 14, 'admin.emit'],
      ['admin:kick-user', 'handle', 5, 12, 'admin.on'],
      ['connection', 'handle', 7, 7, 'io.on'],
      ['user:joined', 'send', 8, 23, 'peer.broadcast.emit'],
      ['chat:message', 'send', 9, 20, 'io.to(room).emit'],
    ]);
  });
});
