import { describe, expect, it } from 'vitest';

import { briefSites } from './extract-sources.js';

describe('type dispatch on incoming messages', () => {
  it('reads switch cases, equality checks and a destructured type in a WebSocket message callback', async () => {
    const text = [
      'const ws = new WebSocket(url);',
      "ws.addEventListener('message', (event) => {",
      '  const msg = JSON.parse(event.data);',
      '  switch (msg.type) {',
      "    case 'status':",
      "    case 'progress':",
      '      break;',
      '  }',
      "  if (msg.type === 'msg:new' || msg.type == 'msg:edit') {}",
      "  if (msg.type !== 'ignored') {}",
      '  const { type } = msg;',
      "  if ('done' === type) {}",
      "  if (type.startsWith('terminal:')) {}",
      '});',
    ].join('\n');
    expect(await briefSites({ path: 'src/live.js', text })).toEqual([
      { name: 'status', kind: 'handle', scope: 'wire', line: 5, column: 10, via: 'switch (msg.type)' },
      { name: 'progress', kind: 'handle', scope: 'wire', line: 6, column: 10, via: 'switch (msg.type)' },
      { name: 'msg:new', kind: 'handle', scope: 'wire', line: 9, column: 20, via: 'msg.type ===' },
      { name: 'msg:edit', kind: 'handle', scope: 'wire', line: 9, column: 45, via: 'msg.type ==' },
      { name: 'done', kind: 'handle', scope: 'wire', line: 12, column: 7, via: 'type ===' },
      { name: 'terminal:*', kind: 'handle', scope: 'wire', line: 13, column: 23, via: 'type.startsWith', dynamic: true },
    ]);
  });

  it('reads onmessage handlers, handler maps and includes lists', async () => {
    const text = [
      'const handlers = { chat: onChat, "user-joined": onJoin, [Events.LEFT]: onLeft };',
      "const Events = { LEFT: 'user-left' };",
      'socket.onmessage = function (e) {',
      '  const data = JSON.parse(e.data);',
      '  handlers[data.type]?.(data);',
      "  if (['ping', 'pong'].includes(data.type)) {}",
      '};',
    ].join('\n');
    expect(await briefSites({ path: 'src/map.js', text })).toEqual([
      { name: 'chat', kind: 'handle', scope: 'wire', line: 1, column: 20, via: 'handlers[data.type]' },
      { name: 'user-joined', kind: 'handle', scope: 'wire', line: 1, column: 34, via: 'handlers[data.type]' },
      { name: 'user-left', kind: 'handle', scope: 'wire', line: 1, column: 58, via: 'handlers[data.type]' },
      { name: 'ping', kind: 'handle', scope: 'wire', line: 6, column: 8, via: "['ping', 'pong'].includes" },
      { name: 'pong', kind: 'handle', scope: 'wire', line: 6, column: 16, via: "['ping', 'pong'].includes" },
    ]);
  });

  it('follows the message one hop into the function the callback hands it to', async () => {
    const text = [
      'class Client {',
      '  connect() {',
      '    this.ws = new WebSocket(url);',
      '    this.ws.onmessage = (e) => this.handleMessage(JSON.parse(e.data));',
      '  }',
      '  handleMessage(message) {',
      '    switch (message.type) {',
      "      case 'hello': break;",
      '    }',
      '  }',
      '}',
    ].join('\n');
    expect(await briefSites({ path: 'src/client.js', text })).toEqual([
      { name: 'hello', kind: 'handle', scope: 'wire', line: 8, column: 12, via: 'switch (message.type)' },
    ]);
  });

  it('reads the payload of a socket handler the same way', async () => {
    const text = [
      "wsManager.on('message', (payload) => {",
      "  if (payload.type === 'nested') {}",
      '});',
    ].join('\n');
    expect(await briefSites({ path: 'src/nested.js', text })).toEqual([
      { name: 'message', kind: 'handle', scope: 'wire', line: 1, column: 14, via: 'wsManager.on' },
      { name: 'nested', kind: 'handle', scope: 'wire', line: 2, column: 24, via: 'payload.type ===' },
    ]);
  });

  it('reads keys written into a handler object the dispatcher indexes with the incoming type', async () => {
    const text = [
      'class Feed {',
      '  constructor() {',
      '    this.handlers = {};',
      "    this.handlers.pong = () => {};",
      '    this.ws = new WebSocket(url);',
      '    this.ws.onmessage = (e) => {',
      '      const msg = JSON.parse(e.data);',
      '      this.handlers[msg.type]?.(msg);',
      '    };',
      '  }',
      '  subscribe(type, fn) { this.handlers[type] = fn; }',
      '}',
      'const feed = new Feed();',
      "feed.subscribe('ticker', render);",
    ].join('\n');
    expect(await briefSites({ path: 'src/feed.js', text })).toEqual([
      { name: 'pong', kind: 'handle', scope: 'wire', line: 4, column: 19, via: 'this.handlers.pong' },
      { name: 'ticker', kind: 'handle', scope: 'wire', line: 14, column: 16, via: 'feed.subscribe' },
    ]);
  });

  describe('traps', () => {
    it('ignores a Redux reducer switching on action.type', async () => {
      const text = [
        'export function reducer(state, action) {',
        '  switch (action.type) {',
        "    case 'STATUS_CHANGED': return state;",
        '  }',
        "  if (action.type === 'RESET') return {};",
        '}',
      ].join('\n');
      expect(await briefSites({ path: 'src/reducer.js', text })).toEqual([]);
    });

    it('ignores window postMessage listeners, and the type of a message nobody received', async () => {
      const text = [
        "window.addEventListener('message', (event) => {",
        '  const data = JSON.parse(event.data);',
        "  if (data.type === 'iframe-ready') {}",
        '});',
        "const local = { type: 'x' }; if (local.type === 'local-only') {}",
      ].join('\n');
      expect(await briefSites({ path: 'src/frame.js', text })).toEqual([]);
    });

    it('does not report the manager re-emitting every message under its own type (the bridge)', async () => {
      const text = [
        'class WsManager {',
        '  constructor() { this.listeners = {}; }',
        '  connect() {',
        '    this.ws = new WebSocket(url);',
        "    this.ws.onopen = () => this.emit('connected');",
        '    this.ws.onmessage = (event) => {',
        '      const data = JSON.parse(event.data);',
        '      this.emit(data.type, data);',
        '      this.listeners[data.type]?.forEach((fn) => fn(data));',
        '    };',
        '  }',
        '  on(name, fn) { (this.listeners[name] ||= []).push(fn); }',
        '  emit(name, data) { (this.listeners[name] || []).forEach((fn) => fn(data)); }',
        '}',
      ].join('\n');
      expect(await briefSites({ path: 'src/ws-manager.js', text })).toEqual([
        { name: 'connected', kind: 'send', scope: 'local', line: 5, column: 38, via: 'this.emit' },
      ]);
    });

    it('reports the lifecycle events of a raw WebSocket (library events) but never its message envelope', async () => {
      const text = [
        'const ws = new WebSocket(url);',
        "ws.addEventListener('open', f);",
        "ws.addEventListener('message', f);",
        "ws.on('error', f);",
        "ws.on('message', f);",
      ].join('\n');
      expect(await briefSites({ path: 'src/raw.js', text })).toEqual([
        { name: 'open', kind: 'handle', scope: 'wire', line: 2, column: 21, via: 'ws.addEventListener' },
        { name: 'error', kind: 'handle', scope: 'wire', line: 4, column: 7, via: 'ws.on' },
      ]);
    });
  });
});
