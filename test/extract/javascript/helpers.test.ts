import { describe, expect, it } from 'vitest';

import { briefSites, extract } from './extract-sources.js';

describe('registration and send helpers', () => {
  it('turns every call of a registration helper into a site at its literal, across ES modules', async () => {
    const socketModule = [
      "import { io } from 'socket.io-client';",
      'const socket = io();',
      'export function onSocket(eventName, handler) {',
      '  socket.on(eventName, handler);',
      '}',
      'export default function useSocket(name, fn) {',
      '  useEffect(() => { socket.on(name, fn); return () => socket.off(name, fn); }, [name]);',
      '}',
    ].join('\n');
    const reexport = "export { onSocket as subscribe } from './socket.js';";
    const feature = [
      "import { subscribe } from './index';",
      "import useSocket from './socket';",
      "subscribe('job_progress', update);",
      'export function Panel() {',
      "  useSocket('job_done', finish);",
      '}',
    ].join('\n');
    const { sites } = await extract(
      { path: 'src/lib/socket.ts', text: socketModule },
      { path: 'src/lib/index.ts', text: reexport },
      { path: 'src/lib/feature.tsx', text: feature },
    );
    expect(sites.map((site) => [site.file, site.name, site.kind, site.line, site.column, site.via, site.enclosingFunction])).toEqual([
      ['src/lib/feature.tsx', 'job_progress', 'handle', 3, 11, 'subscribe', undefined],
      ['src/lib/feature.tsx', 'job_done', 'handle', 5, 13, 'useSocket', 'Panel'],
    ]);
  });

  it('follows helpers of helpers, globals of classic scripts and manager methods', async () => {
    const manager = [
      'class SocketManager {',
      '  constructor() { this.socket = io(); }',
      '  on(event, cb) { this.socket.on(event, cb); }',
      '  emit(event, data) {}',
      '}',
      'window.wsManager = new SocketManager();',
      'function onSocket(name, fn) { wsManager.on(name, fn); }',
      'window.listen = function (name, fn) { onSocket(name, fn); };',
    ].join('\n');
    const page = ["onSocket('upload_progress', f);", "listen('dataset_processed', g);", "wsManager.on('quality_assessment', h);"].join('\n');
    expect(await briefSites({ path: 'static/js/manager.js', text: manager }, { path: 'static/js/data.js', text: page })).toEqual([
      { name: 'upload_progress', kind: 'handle', scope: 'wire', line: 1, column: 10, via: 'onSocket' },
      { name: 'dataset_processed', kind: 'handle', scope: 'wire', line: 2, column: 8, via: 'listen' },
      { name: 'quality_assessment', kind: 'handle', scope: 'wire', line: 3, column: 14, via: 'wsManager.on' },
    ]);
  });

  it('reads loops over literal lists, one site per element', async () => {
    const text = [
      "const NAMES = ['a_done', 'b_done'];",
      "['x_ready', 'y_ready'].forEach((n) => socket.on(n, refresh));",
      'for (const name of NAMES) socket.on(name, refresh);',
      'for (const other of fetchNames()) socket.on(other, refresh);',
    ].join('\n');
    expect(await briefSites({ path: 'src/loops.js', text })).toEqual([
      { name: 'a_done', kind: 'handle', scope: 'wire', line: 1, column: 16, via: 'socket.on' },
      { name: 'b_done', kind: 'handle', scope: 'wire', line: 1, column: 26, via: 'socket.on' },
      { name: 'x_ready', kind: 'handle', scope: 'wire', line: 2, column: 2, via: 'socket.on' },
      { name: 'y_ready', kind: 'handle', scope: 'wire', line: 2, column: 13, via: 'socket.on' },
      { name: '*', kind: 'handle', scope: 'wire', line: 4, column: 45, via: 'socket.on', dynamic: true },
    ]);
  });

  it('turns calls of send helpers into send sites, with the keys the helper or the caller adds', async () => {
    const text = [
      'class Api {',
      '  constructor() { this.ws = new WebSocket(url); }',
      '  sendMessage(type, payload) { this.ws.send(JSON.stringify({ type, payload })); }',
      '  send(message) { this.ws.send(JSON.stringify(message)); }',
      '  start() {',
      "    this.sendMessage('join', { room });",
      "    this.send({ type: 'leave', room });",
      '  }',
      '}',
    ].join('\n');
    expect(await briefSites({ path: 'src/api.js', text })).toEqual([
      { name: 'join', kind: 'send', scope: 'wire', line: 6, column: 22, via: 'this.sendMessage', payloadKeys: ['payload', 'payload.room'] },
      { name: 'leave', kind: 'send', scope: 'wire', line: 7, column: 23, via: 'this.send', payloadKeys: ['room'] },
    ]);
  });

  it('lets a manager method that puts its first argument into type win over the generic send rule', async () => {
    const text = [
      'class WsManager {',
      '  on() {} emit() {}',
      '  send(type, data) { this.ws.send(JSON.stringify({ type, data })); }',
      '}',
      'const wsManager = new WsManager();',
      "wsManager.send('subscribe', { room });",
    ].join('\n');
    expect(await briefSites({ path: 'src/manager-send.js', text })).toEqual([
      { name: 'subscribe', kind: 'send', scope: 'wire', line: 6, column: 16, via: 'wsManager.send', payloadKeys: ['data', 'data.room'] },
    ]);
  });

  it('treats a type comparison against a parameter as a registration helper', async () => {
    const text = [
      'function onType(wanted, fn) {',
      "  ws.addEventListener('message', (e) => {",
      '    const msg = JSON.parse(e.data);',
      '    if (msg.type === wanted) fn(msg);',
      '  });',
      '}',
      "onType('alert', show);",
    ].join('\n');
    expect(await briefSites({ path: 'src/on-type.js', text })).toEqual([
      { name: 'alert', kind: 'handle', scope: 'wire', line: 7, column: 8, via: 'onType' },
    ]);
  });

  it('reports nothing for a helper nobody calls, rather than a * that would match every event', async () => {
    const text = 'export function subscribe(name, fn) { socket.on(name, fn); }';
    expect(await briefSites({ path: 'src/unused.js', text })).toEqual([]);
  });
});

describe('handler registries and hooks', () => {
  it('reads the keys written into a registry the dispatcher reads with the incoming type', async () => {
    const hook = [
      'const listeners = new Map();',
      'export function useSocketEvent(type, handler) {',
      '  useEffect(() => {',
      '    if (!listeners.has(type)) listeners.set(type, new Set());',
      '    listeners.get(type).add(handler);',
      '  }, [type]);',
      '}',
      'export function useChatSocket(room) {',
      '  const socketRef = useRef(null);',
      '  useEffect(() => {',
      '    const ws = new WebSocket(url);',
      '    socketRef.current = ws;',
      '    ws.onmessage = (event) => {',
      '      const msg = JSON.parse(event.data);',
      '      listeners.get(msg.type)?.forEach((fn) => fn(msg));',
      '    };',
      '  }, [room]);',
      '  const send = useCallback((message) => socketRef.current.send(JSON.stringify(message)), []);',
      '  return { send };',
      '}',
    ].join('\n');
    const room = [
      "import { useChatSocket, useSocketEvent } from '../hooks/socket.js';",
      'export function Room({ room }) {',
      '  const { send } = useChatSocket(room);',
      "  useSocketEvent('history', show);",
      "  send({ type: 'typing', room });",
      '}',
    ].join('\n');
    expect(await briefSites({ path: 'web/hooks/socket.js', text: hook }, { path: 'web/components/Room.jsx', text: room })).toEqual([
      { name: 'history', kind: 'handle', scope: 'wire', line: 4, column: 18, via: 'useSocketEvent' },
      { name: 'typing', kind: 'send', scope: 'wire', line: 5, column: 16, via: 'send', payloadKeys: ['room'] },
    ]);
  });

  it('adds the keys a caller passes for a payload parameter spread into the message', async () => {
    const text = [
      "import { WebSocket, WebSocketServer } from 'ws';",
      'const wss = new WebSocketServer({ port });',
      'function broadcast(type, payload) {',
      '  const message = JSON.stringify({ type, ...payload, sentAt: Date.now() });',
      '  for (const client of wss.clients) client.send(message);',
      '}',
      "broadcast('vote-tally', { pollId, counts });",
    ].join('\n');
    expect(await briefSites({ path: 'server/polls.js', text, side: 'backend' })).toEqual([
      { name: 'vote-tally', kind: 'send', scope: 'wire', line: 7, column: 11, via: 'broadcast', payloadKeys: ['counts', 'pollId', 'sentAt'] },
    ]);
  });
});
