import { describe, expect, it } from 'vitest';

import type { Site } from '../../../src/model/site.js';
import { extract } from './extract-sources.js';

function located(site: Site): unknown[] {
  return [site.name, site.kind, site.line, site.column, site.via, site.namespace];
}

describe('Socket.IO namespaces', () => {
  it('puts server sites in the namespace of io.of(), of its connection sockets and of their views', async () => {
    const text = [
      "import { Server } from 'socket.io';",
      'const io = new Server(httpServer);',
      "const adminNs = io.of('/admin');",
      "adminNs.on('connection', (peer) => {",
      "  peer.emit('admin:hello');",
      "  peer.broadcast.emit('admin:joined');",
      "  peer.to(room).emit('admin:room');",
      "  peer.nsp.emit('admin:all');",
      "  peer.on('admin:kick', kick);",
      "  io.in(room).emit('room:closed');",
      '});',
      "io.of('chat').emit('chat:notice');",
      "io.of(`/tenant-${id}`).emit('tenant:notice');",
      "io.of(name).emit('somewhere');",
      "io.of('/').emit('root:notice');",
      "io.sockets.emit('everyone');",
    ].join('\n');
    const { sites } = await extract({ path: 'server/index.ts', text, side: 'backend' });
    expect(sites.map(located)).toEqual([
      ['connection', 'handle', 4, 12, 'adminNs.on', '/admin'],
      ['admin:hello', 'send', 5, 13, 'peer.emit', '/admin'],
      ['admin:joined', 'send', 6, 23, 'peer.broadcast.emit', '/admin'],
      ['admin:room', 'send', 7, 22, 'peer.to(room).emit', '/admin'],
      ['admin:all', 'send', 8, 17, 'peer.nsp.emit', '/admin'],
      ['admin:kick', 'handle', 9, 11, 'peer.on', '/admin'],
      ['room:closed', 'send', 10, 20, 'io.in(room).emit', undefined],
      ['chat:notice', 'send', 12, 20, "io.of('chat').emit", '/chat'],
      ['tenant:notice', 'send', 13, 29, 'io.of(`/tenant-${id}`).emit', '/tenant-*'],
      ['somewhere', 'send', 14, 18, 'io.of(name).emit', '*'],
      ['root:notice', 'send', 15, 17, "io.of('/').emit", undefined],
      ['everyone', 'send', 16, 17, 'io.sockets.emit', undefined],
    ]);
  });

  it('reads a client namespace from the literal path of its URL', async () => {
    const text = [
      "import { io } from 'socket.io-client';",
      'const URL = import.meta.env.VITE_URL;',
      "const a = io('/admin');",
      "const b = io(URL + '/admin', { auth });",
      'const c = io(`${URL}/admin`);',
      "const d = io('https://chat.example.org:8443/chat?v=2#x');",
      'const e = io(`${URL}/rooms/${roomId}`);',
      'const f = io(URL);',
      'const g = io();',
      "const h = io('localhost:3000');",
      "a.on('a', f1); b.on('b', f1); c.on('c', f1); d.on('d', f1);",
      "e.on('e', f1); f.on('f', f1); g.on('g', f1); h.on('h', f1);",
    ].join('\n');
    const { sites } = await extract({ path: 'client/socket.js', text });
    expect(sites.map((site) => [site.name, site.line, site.column, site.namespace])).toEqual([
      ['a', 11, 6, '/admin'],
      ['b', 11, 21, '/admin'],
      ['c', 11, 36, '/admin'],
      ['d', 11, 51, '/chat'],
      ['e', 12, 6, '/rooms/*'],
      ['f', 12, 21, undefined],
      ['g', 12, 36, undefined],
      ['h', 12, 51, undefined],
    ]);
  });

  it('follows the sockets a connection handler hands to handler modules, as the Socket.IO docs lay them out', async () => {
    const orderHandlers = [
      'module.exports = (io, socket) => {',
      "  const createOrder = (payload) => { io.emit('order:created', payload); };",
      "  socket.on('order:create', createOrder);",
      '};',
    ].join('\n');
    const index = [
      "const { Server } = require('socket.io');",
      "const registerOrderHandlers = require('./order-handlers');",
      'const io = new Server(3000);',
      "const orders = io.of('/orders');",
      "orders.on('connection', (peer) => registerOrderHandlers(orders, peer));",
      'function tap(source) { source.on(\'data\', log); }',
      'tap(process.stdin);',
      'tap(orders);',
    ].join('\n');
    const { sites } = await extract(
      { path: 'server/order-handlers.js', text: orderHandlers, side: 'backend' },
      { path: 'server/index.js', text: index, side: 'backend' },
    );
    expect(sites.map((site) => [site.file, ...located(site)])).toEqual([
      ['server/index.js', 'connection', 'handle', 5, 11, 'orders.on', '/orders'],
      ['server/order-handlers.js', 'order:created', 'send', 2, 46, 'io.emit', '/orders'],
      ['server/order-handlers.js', 'order:create', 'handle', 3, 13, 'socket.on', '/orders'],
    ]);
  });

  it('keeps the namespace of a socket used through a registration helper in another file', async () => {
    const socket = [
      "import { io } from 'socket.io-client';",
      "export const adminSocket = io(import.meta.env.VITE_URL + '/admin');",
      'export function useAdminEvent(event, handler) {',
      '  adminSocket.on(event, handler);',
      '}',
    ].join('\n');
    const panel = ["import { useAdminEvent } from './socket';", "useAdminEvent('admin:stats', render);"].join('\n');
    const { sites } = await extract({ path: 'src/socket.js', text: socket }, { path: 'src/panel.js', text: panel });
    expect(sites.map((site) => [site.file, ...located(site)])).toEqual([
      ['src/panel.js', 'admin:stats', 'handle', 2, 15, 'useAdminEvent', '/admin'],
    ]);
  });
});

describe('Socket.IO catch-alls, acknowledgements and sends', () => {
  it('makes onAny a catch-all site at the method name, and registers nothing for off and offAny', async () => {
    const text = [
      "import { io } from 'socket.io-client';",
      "const admin = io('/admin');",
      'admin.onAny(recordAudit);',
      'socketConnection.prependAny((event, ...args) => log(event, args));',
      "admin.off('admin:stats', onStats);",
      'admin.offAny(recordAudit);',
    ].join('\n');
    const { sites } = await extract({ path: 'src/audit.js', text });
    expect(sites.map((site) => [...located(site), site.dynamic, site.catchAll, site.rule])).toEqual([
      ['*', 'handle', 3, 7, 'admin.onAny', '/admin', true, true, 'javascript/socket-io'],
      ['*', 'handle', 4, 18, 'socketConnection.prependAny', undefined, true, true, 'javascript/socket-io'],
    ]);
  });

  it('reads acknowledged sends as sends of their event, and acknowledgement callbacks as no event', async () => {
    const client = [
      "import { io } from 'socket.io-client';",
      'const socket = io();',
      "socket.emit('chat:send', { text }, (reply) => show(reply.id));",
      "const answer = await socket.timeout(5000).emitWithAck('quota:ask', { user });",
      "socket.volatile.emit('cursor', { x, y });",
    ].join('\n');
    const server = [
      "const { Server } = require('socket.io');",
      'const io = new Server(3000);',
      "io.on('connection', (socket) => {",
      "  socket.on('chat:send', (data, ack) => ack({ ok: true }));",
      "  socket.on('quota:ask', async (data, callback) => { callback(await quota(data.user)); });",
      '});',
    ].join('\n');
    const { sites } = await extract(
      { path: 'client/chat.js', text: client },
      { path: 'server/index.js', text: server, side: 'backend' },
    );
    expect(sites.map((site) => [site.file, ...located(site).slice(0, 5), site.payloadKeys])).toEqual([
      ['client/chat.js', 'chat:send', 'send', 3, 13, 'socket.emit', ['text']],
      ['client/chat.js', 'quota:ask', 'send', 4, 55, 'socket.timeout(5000).emitWithAck', ['user']],
      ['client/chat.js', 'cursor', 'send', 5, 22, 'socket.volatile.emit', ['x', 'y']],
      ['server/index.js', 'connection', 'handle', 3, 7, 'io.on', undefined],
      ['server/index.js', 'chat:send', 'handle', 4, 13, 'socket.on', undefined],
      ['server/index.js', 'quota:ask', 'handle', 5, 13, 'socket.on', undefined],
    ]);
  });

  it('reads send(data) on a Socket.IO socket as the event message, sited at send', async () => {
    const text = [
      "import { io } from 'socket.io-client';",
      "const chat = io('/chat');",
      "chat.send({ text: 'hi' });",
      "chat.on('message', (text) => append(text));",
    ].join('\n');
    const { sites } = await extract({ path: 'src/chat.js', text });
    expect(sites.map((site) => [...located(site), site.payloadKeys, site.rule])).toEqual([
      ['message', 'send', 3, 6, 'chat.send', '/chat', ['text'], 'javascript/socket-io'],
      ['message', 'handle', 4, 9, 'chat.on', '/chat', undefined, 'javascript/socket-io'],
    ]);
  });

  it('keeps library events as handler sites on both sides', async () => {
    const text = [
      "import { io } from 'socket.io-client';",
      "const admin = io('/admin');",
      "admin.on('connect', ready);",
      "admin.on('connect_error', (err) => show(err.message));",
      "admin.on('disconnect', (reason) => retry(reason));",
    ].join('\n');
    const { sites } = await extract({ path: 'src/admin.js', text });
    expect(sites.map(located)).toEqual([
      ['connect', 'handle', 3, 10, 'admin.on', '/admin'],
      ['connect_error', 'handle', 4, 10, 'admin.on', '/admin'],
      ['disconnect', 'handle', 5, 10, 'admin.on', '/admin'],
    ]);
  });
});
