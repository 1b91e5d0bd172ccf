import { describe, expect, it } from 'vitest';

import { briefSites, extract } from './extract-sources.js';

describe('socket handler registrations', () => {
  it('finds on, once, addEventListener and optional calls on socket-like receivers', async () => {
    const text = [
      "import { io } from 'socket.io-client';",
      'const socket = io(url);',
      "socket.on('new message', render);",
      "socket.once('welcome', greet);",
      "$socket?.on('notice', show);",
      "socketInstance.addEventListener('job_finished', done);",
    ].join('\n');
    expect(await briefSites({ path: 'src/chat.js', text })).toEqual([
      { name: 'new message', kind: 'handle', scope: 'wire', line: 3, column: 11, via: 'socket.on' },
      { name: 'welcome', kind: 'handle', scope: 'wire', line: 4, column: 13, via: 'socket.once' },
      { name: 'notice', kind: 'handle', scope: 'wire', line: 5, column: 13, via: '$socket?.on' },
      { name: 'job_finished', kind: 'handle', scope: 'wire', line: 6, column: 33, via: 'socketInstance.addEventListener' },
    ]);
  });

  it('traces receivers whose names say nothing: aliases, window globals, class fields and manager instances', async () => {
    const manager = [
      'class Bus {',
      '  on(name, fn) { this.listeners.push([name, fn]); }',
      '  emit(name, data) {}',
      '}',
      'window.events = new Bus();',
    ].join('\n');
    const page = [
      'const s = window.events;',
      "s.on('alias_event', f);",
      "window.events.on('global_event', f);",
      'class Page {',
      '  constructor() { this.pipe = new WebSocket(url); }',
      "  start() { this.pipe.addEventListener('field_event', f); }",
      '}',
      "const plain = new Thing(); plain.on('not_socket', f);",
    ].join('\n');
    expect(await briefSites({ path: 'a/bus.js', text: manager }, { path: 'a/page.js', text: page })).toEqual([
      { name: 'alias_event', kind: 'handle', scope: 'wire', line: 2, column: 6, via: 's.on' },
      { name: 'global_event', kind: 'handle', scope: 'wire', line: 3, column: 18, via: 'window.events.on' },
      { name: 'field_event', kind: 'handle', scope: 'wire', line: 6, column: 40, via: 'this.pipe.addEventListener' },
    ]);
  });

  it('recognises library sockets, socket-named classes and React refs', async () => {
    const text = [
      "import ReconnectingWebSocket from 'reconnecting-websocket';",
      'const live = new ReconnectingWebSocket(url);',
      "live.addEventListener('message', (e) => { if (JSON.parse(e.data).type === 'rws_event') {} });",
      'const api = new ChatClient(url);',
      "api.on('client_event', f);",
      'const socketRef = useRef(null);',
      "socketRef.current?.on('ref_event', f);",
    ].join('\n');
    expect(await briefSites({ path: 'src/libs.js', text })).toEqual([
      { name: 'rws_event', kind: 'handle', scope: 'wire', line: 3, column: 75, via: 'JSON.parse(e.data).type ===' },
      { name: 'client_event', kind: 'handle', scope: 'wire', line: 5, column: 8, via: 'api.on' },
      { name: 'ref_event', kind: 'handle', scope: 'wire', line: 7, column: 23, via: 'socketRef.current?.on' },
    ]);
  });

  it('reads a Node ws server handling client messages on the backend side', async () => {
    const text = [
      "import { WebSocketServer } from 'ws';",
      'const wss = new WebSocketServer({ port });',
      "wss.on('connection', (ws) => {",
      "  ws.on('message', (raw) => {",
      '    const msg = JSON.parse(raw.toString());',
      "    if (msg.type === 'join') {}",
      '  });',
      "  ws.send(JSON.stringify({ type: 'welcome', id }));",
      '});',
    ].join('\n');
    const { sites } = await extract({ path: 'server/ws.js', text, side: 'backend' });
    expect(sites.map((site) => [site.name, site.kind, site.side, site.line, site.column, site.via])).toEqual([
      ['connection', 'handle', 'backend', 3, 8, 'wss.on'],
      ['join', 'handle', 'backend', 6, 22, 'msg.type ==='],
      ['welcome', 'send', 'backend', 8, 34, 'ws.send'],
    ]);
  });

  it('names the enclosing function as Class.method, function or variable', async () => {
    const text = [
      'class Dashboard {',
      '  setupWebSocket() {',
      "    this.socket.on('pipeline_status', (d) => this.update(d));",
      '  }',
      '}',
      'function bind(ws) {',
      "  ws.on('from_function', f);",
      '}',
      'const arrow = () => {',
      "  conn.on('from_arrow', f);",
      '};',
      "hubConnection.on('top_level', f);",
    ].join('\n');
    const { sites } = await extract({ path: 'src/dashboard.js', text });
    expect(sites.map((site) => [site.name, site.enclosingFunction])).toEqual([
      ['pipeline_status', 'Dashboard.setupWebSocket'],
      ['from_function', 'bind'],
      ['from_arrow', 'arrow'],
      ['top_level', undefined],
    ]);
    expect(sites[0]).toMatchObject({ file: 'src/dashboard.js', side: 'frontend', dynamic: false, rule: 'javascript/event-manager' });
  });

  describe('traps', () => {
    it('ignores DOM listeners on document, window, elements and query results', async () => {
      const text = [
        "document.addEventListener('DOMContentLoaded', init);",
        "window.addEventListener('resize', layout);",
        "window.addEventListener('message', onPostMessage);",
        "sendBtn.addEventListener('click', send);",
        "statusEl.addEventListener('status_update', f);",
        "document.getElementById('x').addEventListener('custom_thing', f);",
        "const panel = document.querySelector('.panel'); panel.addEventListener('other_thing', f);",
        "socket.on('click', f);",
        "form.on('submit_done', f);",
      ].join('\n');
      expect(await briefSites({ path: 'src/dom.js', text })).toEqual([]);
    });

    it('ignores Node event emitters and streams', async () => {
      const text = [
        "import { EventEmitter } from 'node:events';",
        'const emitter = new EventEmitter();',
        "emitter.on('job', f);",
        "stream.on('data', f);",
        "readStream.on('end', f);",
        "process.on('exit', f);",
        "const ws2 = new EventEmitter(); ws2.on('looks_like_socket', f);",
      ].join('\n');
      expect(await briefSites({ path: 'server/jobs.js', text, side: 'backend' })).toEqual([]);
    });

    it('keeps the side of the file and reports dynamic names as globs', async () => {
      const text = ['socket.on(`job_${id}`, f);', 'socket.on(eventName, f);'].join('\n');
      const { sites } = await extract({ path: 'server/io.js', text, side: 'backend' });
      expect(sites.map((site) => [site.name, site.dynamic, site.side, site.line, site.column])).toEqual([
        ['job_*', true, 'backend', 1, 11],
        ['*', true, 'backend', 2, 11],
      ]);
    });
  });
});
