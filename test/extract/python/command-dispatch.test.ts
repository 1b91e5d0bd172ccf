import { describe, expect, it } from 'vitest';
import type { Site } from '../../../src/model/site.js';
import { brief, extractPython, lines } from './python-sources.js';

function withReads(site: Site) {
  return { ...brief(site), reads: site.fieldsRead?.map((read) => `${read.field}@${read.line}:${read.column}`) };
}

describe('python handle sites: dispatch on a command key and on name prefixes', () => {
  it('reads the keys of a Channels command table and a startswith test; negated tests and other lookups are not handlers', async () => {
    const { sites } = await extractPython({
      'chat/consumers.py': lines(
        'from channels.generic.websocket import AsyncJsonWebsocketConsumer',
        '',
        'HELP = {"kick": "remove a user", "ban": "ban a user"}',
        '',
        '',
        'class ChatConsumer(AsyncJsonWebsocketConsumer):',
        '    async def receive_json(self, content):',
        '        handlers = {"join": self.join_room, "leave": self.leave_room}',
        '        await handlers[content["command"]](content)',
        '        print(HELP[content["room"]])',
        '        kind = content["type"]',
        '        if kind.startswith("terminal:"):',
        '            await self.terminal(content["data"])',
        '        if not kind.startswith("debug:"):',
        '            return',
        '        if kind != "ping":',
        '            return',
        '        if kind not in ("a", "b"):',
        '            return',
        '',
        '    async def join_room(self, content):',
        '        print(content["room"])',
        '',
        '    async def leave_room(self, content):',
        '        pass',
        '',
        '    async def terminal(self, data):',
        '        pass',
      ),
    });
    expect(sites.map(withReads)).toEqual([
      { name: 'join', dynamic: false, kind: 'handle', line: 8, column: 21, via: 'handlers[content["command"]]', reads: ['room@22:23'] },
      { name: 'leave', dynamic: false, kind: 'handle', line: 8, column: 45, via: 'handlers[content["command"]]', reads: [] },
      { name: 'terminal:*', dynamic: true, kind: 'handle', line: 12, column: 28, via: 'kind.startswith', reads: ['data@13:41'] },
    ]);
  });

  it('compares data.get("action") and tests name suffixes in a FastAPI receive loop', async () => {
    const { sites } = await extractPython({
      'app/main.py': lines(
        'from fastapi import WebSocket',
        '',
        'async def endpoint(ws: WebSocket):',
        '    while True:',
        '        data = await ws.receive_json()',
        '        if data.get("action") == "subscribe":',
        '            print(data["topic"])',
        '        elif data["type"].endswith((":done", ":failed")):',
        '            pass',
      ),
    });
    expect(sites.map(withReads)).toEqual([
      { name: 'subscribe', dynamic: false, kind: 'handle', line: 6, column: 34, via: 'data.get("action") ==', reads: ['topic@7:24'] },
      { name: '*:done', dynamic: true, kind: 'handle', line: 8, column: 37, via: 'data["type"].endswith', reads: [] },
      { name: '*:failed', dynamic: true, kind: 'handle', line: 8, column: 46, via: 'data["type"].endswith', reads: [] },
    ]);
  });

  it('finds no handler in a table keyed by command names that the received message never looks up', async () => {
    const { sites } = await extractPython({
      'chat/consumers.py': lines(
        'from channels.generic.websocket import JsonWebsocketConsumer',
        '',
        'HELP = {"kick": "remove a user", "ban": "ban a user"}',
        '',
        '',
        'class HelpConsumer(JsonWebsocketConsumer):',
        '    def receive_json(self, content):',
        '        self.send_json({"type": "help", "text": HELP[content["topic"]]})',
        '        print(HELP.get("kick"))',
      ),
    });
    expect(sites.filter((site) => site.kind === 'handle')).toEqual([]);
    expect(sites.map(brief)).toEqual([
      { name: 'help', dynamic: false, kind: 'send', line: 8, column: 33, via: 'self.send_json' },
    ]);
  });
});
