import { describe, expect, it } from 'vitest';

import { extract, readsBySite } from './extract-sources.js';

describe('fields read by handlers chosen by the message type', () => {
  it('reads the message inside each switch case (with fall-through) and the function a case hands it to', async () => {
    const text = [
      'const ws = new WebSocket(url);',
      'ws.onmessage = (event) => {',
      '  const msg = JSON.parse(event.data);',
      '  const { payload } = msg;',
      '  switch (msg.type) {',
      "    case 'created':",
      "    case 'updated':",
      '      upsert(msg.id, payload.items);',
      '      break;',
      "    case 'deleted':",
      '      remove(msg);',
      '      break;',
      '  }',
      '};',
      'function remove(message) { return message.id + message.reason; }',
    ].join('\n');
    expect(await readsBySite({ path: 'src/switch.js', text })).toEqual([
      ['created', [['id', 8, 18], ['payload.items', 8, 30]]],
      ['updated', [['id', 8, 18], ['payload.items', 8, 30]]],
      ['deleted', [['id', 15, 43], ['reason', 15, 56]]],
    ]);
  });

  it('reads the branch an equality, startsWith or includes test guards, and nothing for a test that guards nothing', async () => {
    const text = [
      "ws.addEventListener('message', (e) => {",
      '  const data = JSON.parse(e.data);',
      '  const { type } = data;',
      "  if (data.type === 'a' || type === 'b') { show(data.ab); }",
      "  data.type === 'c' && show(data.c_only);",
      "  const view = type === 'd' ? data.d_view : null;",
      "  if (type.startsWith('job:')) show(data.job);",
      "  if (['e', 'f'].includes(data.type)) show(data.ef);",
      "  const isG = data.type === 'g';",
      '});',
    ].join('\n');
    expect(await readsBySite({ path: 'src/branches.js', text: `const ws = new WebSocket(url);\n${text}` })).toEqual([
      ['a', [['ab', 5, 54]]],
      ['b', [['ab', 5, 54]]],
      ['c', [['c_only', 6, 34]]],
      ['d', [['d_view', 7, 36]]],
      ['job:*', [['job', 8, 42]]],
      ['e', [['ef', 9, 49]]],
      ['f', [['ef', 9, 49]]],
      ['g', undefined],
    ]);
  });

  it('reads handler map entries with what the dispatcher passes them, relative to the message', async () => {
    const text = [
      'const handlers = {',
      '  chat: (m) => m.text,',
      '  typing(m) { return m.who; },',
      '  left: onLeft,',
      '};',
      'function onLeft(m) { return m.user; }',
      'socket.onmessage = (e) => {',
      '  const data = JSON.parse(e.data);',
      '  const handler = handlers[data.type];',
      '  if (handler) handler(data.payload);',
      '};',
    ].join('\n');
    expect(await readsBySite({ path: 'src/map.js', text })).toEqual([
      ['chat', [['payload.text', 2, 18]]],
      ['typing', [['payload.who', 3, 24]]],
      ['left', [['payload.user', 6, 31]]],
    ]);
  });

  it('reads handlers stored in registries: written by a helper, or added to a set under the same key', async () => {
    const feed = [
      'class Feed {',
      '  constructor() {',
      '    this.handlers = {};',
      '    this.ws = new WebSocket(url);',
      '    this.ws.onmessage = (e) => {',
      '      const msg = JSON.parse(e.data);',
      '      this.handlers[msg.type]?.(msg);',
      '    };',
      '  }',
      '  subscribe(type, fn) { this.handlers[type] = fn; }',
      '}',
      "new Feed().subscribe('ticker', (t) => t.price);",
    ].join('\n');
    const hooks = [
      'const listeners = new Map();',
      'export function useSocketEvent(type, handler) {',
      '  useEffect(() => {',
      '    if (!listeners.has(type)) listeners.set(type, new Set());',
      '    listeners.get(type).add(handler);',
      '  }, [type]);',
      '}',
      'export function connect() {',
      '  const ws = new WebSocket(url);',
      '  ws.onmessage = (event) => {',
      '    const msg = JSON.parse(event.data);',
      '    listeners.get(msg.type)?.forEach((fn) => fn(msg.data));',
      '  };',
      '}',
      "useSocketEvent('history', ({ items }) => setItems(items));",
    ].join('\n');
    expect(await readsBySite({ path: 'src/feed.js', text: feed }, { path: 'src/hooks.js', text: hooks })).toEqual([
      ['ticker', [['price', 12, 41]]],
      ['history', [['data.items', 15, 30]]],
    ]);
  });

  it('reads handlers registered through helpers and React hooks at the place they are called', async () => {
    const socketModule = [
      "import { io } from 'socket.io-client';",
      'const socket = io();',
      'export function onSocket(eventName, handler) { socket.on(eventName, handler); }',
      'export function useSocket(name, fn) {',
      '  useEffect(() => { socket.on(name, fn); return () => socket.off(name, fn); }, [name]);',
      '}',
    ].join('\n');
    const feature = [
      "import { onSocket, useSocket } from './socket.js';",
      "onSocket('job_progress', (job) => setPercent(job.percent));",
      'export function Panel() {',
      "  useSocket('job_done', ({ result }) => show(result));",
      '}',
    ].join('\n');
    expect(await readsBySite({ path: 'src/socket.js', text: socketModule }, { path: 'src/feature.jsx', text: feature })).toEqual([
      ['job_progress', [['percent', 2, 50]]],
      ['job_done', [['result', 4, 28]]],
    ]);
  });
});

describe('fields read through the client manager bridge', () => {
  const page = "wsManager.on('job', (payload) => payload.progress);";

  it('reads relative to the whole message when the bridge re-emits it, and to msg.data when it unwraps it', async () => {
    const manager = (payload: string) =>
      [
        'class Manager {',
        '  on(name, fn) {}',
        '  emit(name, data) {}',
        '  connect() {',
        '    this.ws = new WebSocket(url);',
        '    this.ws.onmessage = (event) => {',
        '      const msg = JSON.parse(event.data);',
        `      this.emit(msg.type, ${payload});`,
        '    };',
        '  }',
        '}',
        'const wsManager = new Manager();',
        page,
      ].join('\n');
    expect(await readsBySite({ path: 'src/whole.js', text: manager('msg') })).toEqual([['job', [['progress', 13, 42]]]]);
    expect(await readsBySite({ path: 'src/unwrap.js', text: manager('msg.data') })).toEqual([['job', [['data.progress', 13, 42]]]]);
  });

  it('reads the detail of a CustomEvent the manager dispatches the message in', async () => {
    const text = [
      'class Realtime extends EventTarget {',
      '  open() {',
      '    this.ws = new WebSocket(url);',
      '    this.ws.onmessage = (e) => {',
      '      const msg = JSON.parse(e.data);',
      '      this.dispatchEvent(new CustomEvent(msg.type, { detail: msg }));',
      '    };',
      '  }',
      '}',
      'const realtime = new Realtime();',
      "realtime.addEventListener('job_finished', (event) => show(event.detail.result, event.timeStamp));",
    ].join('\n');
    expect(await readsBySite({ path: 'src/realtime.js', text })).toEqual([['job_finished', [['result', 11, 72]]]]);
  });

  it('leaves fieldsRead out when the manager has no bridge it can see, or two that disagree', async () => {
    const text = [
      'class Quiet {',
      '  on(name, fn) {}',
      '  emit(name, data) {}',
      '}',
      'class Torn {',
      '  on(name, fn) {}',
      '  emit(name, data) {}',
      '  connect() {',
      '    this.ws = new WebSocket(url);',
      '    this.ws.onmessage = (event) => {',
      '      const msg = JSON.parse(event.data);',
      '      if (msg.wrapped) this.emit(msg.type, msg.body);',
      '      else this.emit(msg.type, msg);',
      '    };',
      '  }',
      '}',
      "new Quiet().on('quiet', (data) => data.a);",
      "new Torn().on('torn', (data) => data.b);",
    ].join('\n');
    expect(await readsBySite({ path: 'src/no-bridge.js', text })).toEqual([
      ['quiet', undefined],
      ['torn', undefined],
    ]);
  });
});

describe('fields read by server handlers', () => {
  it('reads Socket.IO server handlers (the acknowledgement is not the payload) and ws message branches', async () => {
    const text = [
      "import { Server } from 'socket.io';",
      "import { WebSocketServer } from 'ws';",
      'const io = new Server();',
      "io.on('connection', (socket) => {",
      "  socket.on('chat:send', ({ room, text }, ack) => ack(room + text));",
      '});',
      'const wss = new WebSocketServer({ port });',
      "wss.on('connection', (ws) => {",
      "  ws.on('message', (raw) => {",
      '    const msg = JSON.parse(raw.toString());',
      "    if (msg.type === 'join') rooms.add(msg.room);",
      '  });',
      '});',
    ].join('\n');
    const { sites } = await extract({ path: 'server/index.js', text, side: 'backend' });
    const reads = sites
      .filter((site) => site.name === 'chat:send' || site.name === 'join')
      .map((site) => [site.name, site.side, site.fieldsRead?.map((read) => [read.field, read.line, read.column])]);
    expect(reads).toEqual([
      ['chat:send', 'backend', [['room', 5, 29], ['text', 5, 35]]],
      ['join', 'backend', [['room', 11, 44]]],
    ]);
  });
});
