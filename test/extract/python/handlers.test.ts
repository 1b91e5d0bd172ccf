import { describe, expect, it } from 'vitest';
import { brief, extractPython, lines } from './python-sources.js';

const events = lines('from enum import Enum', '', 'class EventType(str, Enum):', '    RESET = "reset"');

describe('python handle sites: the backend receiving client messages', () => {
  it('reads ==, in and match comparisons of the type in a receive loop', async () => {
    const { sites } = await extractPython({
      'app/events.py': events,
      'app/main.py': lines(
        'import json',
        'from app.events import EventType',
        '',
        'PING = "ping"',
        '',
        '',
        'async def websocket_endpoint(websocket):',
        '    while True:',
        '        data = await websocket.receive_json()',
        '        msg_type = data.get("type")',
        '        if msg_type == PING:',
        '            await websocket.send_json({"type": "pong"})',
        '        elif data.get("type") == "subscribe":',
        '            pass',
        '        elif data["type"] in ("unsubscribe", EventType.RESET):',
        '            pass',
        '        match data["type"]:',
        '            case "echo" | EventType.RESET:',
        '                pass',
        '            case other:',
        '                pass',
      ),
    });
    expect(sites.map(brief)).toEqual([
      { name: 'ping', dynamic: false, kind: 'handle', line: 11, column: 24, via: 'msg_type ==' },
      { name: 'pong', dynamic: false, kind: 'send', line: 12, column: 48, via: 'websocket.send_json' },
      { name: 'subscribe', dynamic: false, kind: 'handle', line: 13, column: 34, via: 'data.get("type") ==' },
      { name: 'unsubscribe', dynamic: false, kind: 'handle', line: 15, column: 31, via: 'data["type"] in' },
      { name: 'reset', dynamic: false, kind: 'handle', line: 15, column: 46, via: 'data["type"] in' },
      { name: 'echo', dynamic: false, kind: 'handle', line: 18, column: 18, via: 'match data["type"]' },
      { name: 'reset', dynamic: false, kind: 'handle', line: 18, column: 27, via: 'match data["type"]' },
    ]);
    expect(sites[0]).toEqual({
      file: 'app/main.py',
      line: 11,
      column: 24,
      name: 'ping',
      dynamic: false,
      kind: 'handle',
      scope: 'wire',
      side: 'backend',
      via: 'msg_type ==',
      rule: 'python/websocket-dict',
      fieldsRead: [],
      enclosingFunction: 'websocket_endpoint',
    });
  });

  it('reads the keys of dispatch tables looked up by the type', async () => {
    const { sites } = await extractPython({
      'app/dispatch.py': lines(
        'import json',
        '',
        'async def handle_ping(ws, data): ...',
        '',
        'HANDLERS = {"ping": handle_ping, "resize": handle_ping}',
        '',
        '',
        'class Endpoint:',
        '    def __init__(self):',
        '        self.routes = {"join": self.join}',
        '',
        '    async def join(self, ws, data): ...',
        '',
        '    async def run(self, ws):',
        '        async for raw in ws:',
        '            data = json.loads(raw)',
        '            handler = HANDLERS.get(data.get("type"))',
        '            route = self.routes[data["type"]]',
      ),
    });
    expect(sites.map((site) => [site.name, site.line, site.column, site.via, site.enclosingFunction])).toEqual([
      ['ping', 5, 13, 'HANDLERS.get(data.get("type"))', undefined],
      ['resize', 5, 34, 'HANDLERS.get(data.get("type"))', undefined],
      ['join', 10, 24, 'self.routes[data["type"]]', 'Endpoint.__init__'],
    ]);
  });

  it('follows a received message into the function it is handed to', async () => {
    const { sites } = await extractPython({
      'app/loop.py': lines(
        'async def endpoint(websocket):',
        '    async for message in websocket.iter_json():',
        '        await dispatch(websocket, message)',
        '',
        'async def dispatch(websocket, message):',
        '    if message["type"] == "resize":',
        '        pass',
        '',
        'async def unrelated(event):',
        '    if event["type"] == "not_a_handler":',
        '        pass',
      ),
    });
    expect(sites.map((site) => [site.name, site.line, site.column, site.via, site.enclosingFunction])).toEqual([
      ['resize', 6, 27, 'message["type"] ==', 'dispatch'],
    ]);
  });
});
