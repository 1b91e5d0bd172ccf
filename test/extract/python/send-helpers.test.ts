import { describe, expect, it } from 'vitest';
import { extractPython, lines } from './python-sources.js';

const wsManager = lines(
  'class ConnectionManager:',
  '    def __init__(self):',
  '        self.active_connections = []',
  '',
  '    async def deliver(self, message):',
  '        for connection in self.active_connections:',
  '            await connection.send_json(message)',
  '',
  '    async def push(self, message):',
  '        await self.deliver(message)',
  '',
  'manager = ConnectionManager()',
);

const notifications = lines(
  'from .ws_manager import manager',
  '',
  '',
  'async def broadcast_system_event(event_data):',
  '    await manager.push(event_data)',
  '',
  '',
  'async def broadcast_pipeline_update(event_type, payload, level="info"):',
  '    message = {"type": event_type, "level": level, **payload}',
  '    await broadcast_system_event(message)',
  '',
  '',
  'async def pipeline_step(kind, data):',
  '    await broadcast_pipeline_update(kind, data)',
);

describe('python send sites: helpers', () => {
  it('follows message and name helpers across modules, methods and hops to the calls with names', async () => {
    const { sites, skipped } = await extractPython({
      'app/ws_manager.py': wsManager,
      'app/notifications.py': notifications,
      'app/main.py': lines(
        'from app import notifications',
        'from app.notifications import broadcast_pipeline_update, pipeline_step',
        '',
        '',
        'async def run(pid):',
        '    await notifications.broadcast_system_event({"type": "system_alert", "severity": "high"})',
        '    await broadcast_pipeline_update("pipeline_progress", {"pipeline_id": pid, "progress": 40})',
        '    await broadcast_pipeline_update(payload={"pipeline_id": pid}, event_type="pipeline_completed")',
        '    await pipeline_step("pipeline_failed", {"error": "boom"})',
      ),
    });
    expect(skipped).toEqual([]);
    const common = {
      file: 'app/main.py',
      dynamic: false,
      kind: 'send',
      scope: 'wire',
      side: 'backend',
      rule: 'python/websocket-dict',
      enclosingFunction: 'run',
    };
    expect(sites).toEqual([
      {
        ...common,
        line: 6,
        column: 57,
        name: 'system_alert',
        via: 'notifications.broadcast_system_event',
        payloadKeys: ['severity'],
      },
      {
        ...common,
        line: 7,
        column: 37,
        name: 'pipeline_progress',
        via: 'broadcast_pipeline_update',
        payloadKeys: ['level', 'pipeline_id', 'progress'],
      },
      {
        ...common,
        line: 8,
        column: 78,
        name: 'pipeline_completed',
        via: 'broadcast_pipeline_update',
        payloadKeys: ['level', 'pipeline_id'],
      },
      { ...common, line: 9, column: 25, name: 'pipeline_failed', via: 'pipeline_step', payloadKeys: ['error', 'level'] },
    ]);
  });

  it('gives a literal default of a name parameter to calls that leave it out', async () => {
    const { sites } = await extractPython({
      'app/alerts.py': lines(
        'async def alert(ws, text, kind="system_alert"):',
        '    await ws.send_json({"type": kind, "text": text})',
        '',
        'async def run(ws):',
        '    await alert(ws, "disk full")',
      ),
    });
    expect(sites.map((site) => [site.name, site.line, site.column, site.via, site.enclosingFunction])).toEqual([
      ['system_alert', 1, 32, 'alert', 'alert'],
    ]);
  });

  it('matches a method on any receiver only when no other scanned class has that name', async () => {
    const { sites } = await extractPython({
      'app/endpoints.py': lines(
        'class A:',
        '    async def deliver(self, message):',
        '        await self.ws.send_json(message)',
        '',
        '    async def ping(self):',
        '        await self.deliver({"type": "from_self"})',
        '',
        'class B:',
        '    async def deliver(self, message):',
        '        print(message)',
        '',
        'async def outside(a):',
        '    await a.deliver({"type": "ambiguous"})',
      ),
    });
    expect(sites.map((site) => [site.name, site.line, site.column, site.via, site.enclosingFunction])).toEqual([
      ['from_self', 6, 37, 'self.deliver', 'A.ping'],
    ]);
  });

  it('reports one site when a call is both a framework sink and a scanned helper', async () => {
    const { sites } = await extractPython({
      'app/manager.py': lines(
        'class ConnectionManager:',
        '    async def broadcast_json(self, message):',
        '        for connection in self.active_connections:',
        '            await connection.send_json(message)',
        '',
        'manager = ConnectionManager()',
        '',
        'async def once():',
        '    await manager.broadcast_json({"type": "once"})',
      ),
    });
    expect(sites.map((site) => [site.name, site.line, site.column, site.via])).toEqual([
      ['once', 9, 43, 'manager.broadcast_json'],
    ]);
  });

  it('follows nested functions that close over the socket', async () => {
    const { sites } = await extractPython({
      'app/stream.py': lines(
        'async def stream(ws):',
        '    async def emit(event):',
        '        await ws.send_json(event)',
        '',
        '    await emit({"type": "chunk"})',
      ),
    });
    expect(sites.map((site) => [site.name, site.line, site.column, site.via, site.enclosingFunction])).toEqual([
      ['chunk', 5, 25, 'emit', 'stream'],
    ]);
  });

  it('reports an unresolvable argument of a name helper as a dynamic site at the call', async () => {
    const { sites } = await extractPython({
      'app/relay.py': lines(
        'async def relay(ws, event_type):',
        '    await ws.send_json({"type": event_type})',
        '',
        'async def forward(ws, incoming):',
        '    await relay(ws, incoming.kind)',
      ),
    });
    expect(sites.map((site) => [site.name, site.dynamic, site.line, site.column, site.via])).toEqual([
      ['*', true, 5, 21, 'relay'],
    ]);
  });
});
