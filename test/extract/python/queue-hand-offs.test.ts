import { describe, expect, it } from 'vitest';
import { brief, extractPython, lines } from './python-sources.js';

describe('python send sites: queue hand-offs', () => {
  it('follows items from put to get on the same queue, back to the callers of the producer', async () => {
    const { sites } = await extractPython({
      'app/main.py': lines(
        'import asyncio',
        'import janus',
        'from fastapi import WebSocket',
        '',
        'queue = asyncio.Queue()',
        '',
        '',
        'def push(event, data):',
        '    queue.put_nowait((event, data))',
        '',
        '',
        'class Hub:',
        '    def __init__(self, ws: WebSocket):',
        '        self.ws = ws',
        '        self.outbox = asyncio.Queue()',
        '        self.bridge = janus.Queue()',
        '',
        '    def notify(self, kind, body):',
        '        self.outbox.put_nowait({"type": kind, **body})',
        '',
        '    def from_thread(self, kind):',
        '        self.bridge.sync_q.put((kind, {}))',
        '',
        '    async def pump(self):',
        '        while True:',
        '            msg = await self.outbox.get()',
        '            await self.ws.send_json(msg)',
        '',
        '    async def pump_bridge(self):',
        '        item = await self.bridge.async_q.get()',
        '        await self.ws.send_json({"type": item[0], "data": item[1]})',
        '',
        '',
        'async def send_json(ws: WebSocket, event, data):',
        '    await ws.send_json({"type": event, "data": data})',
        '',
        '',
        'async def consumer(ws: WebSocket):',
        '    while True:',
        '        event, data = await queue.get()',
        '        await send_json(ws, event, data)',
        '',
        '',
        'async def producer(q):',
        '    await q.put(("tick", 1))',
        '',
        '',
        'async def relay(q, ws: WebSocket):',
        '    name, _ = await q.get()',
        '    await send_json(ws, name, {})',
        '',
        '',
        'async def main(ws: WebSocket, hub: Hub):',
        '    q = asyncio.Queue()',
        '    await asyncio.gather(producer(q), relay(q, ws))',
        '    push("progress", {"pct": 5})',
        '    push("done", {})',
        '    hub.notify("hub_note", {"a": 1})',
        '    hub.from_thread("bridged")',
        '',
        '',
        'jobs = asyncio.Queue()',
        '',
        '',
        'async def worker(ws: WebSocket):',
        '    job_id = await jobs.get()',
        '    await ws.send_json({"type": "job_started", "id": job_id})',
        '',
        '',
        'def enqueue(job_id):',
        '    jobs.put_nowait(job_id)',
      ),
    });
    expect(sites.map((site) => ({ ...brief(site), payloadKeys: site.payloadKeys, in: site.enclosingFunction }))).toEqual([
      { name: 'tick', dynamic: false, kind: 'send', line: 45, column: 18, via: 'send_json', payloadKeys: ['data'], in: 'producer' },
      { name: 'progress', dynamic: false, kind: 'send', line: 56, column: 10, via: 'push', payloadKeys: ['data'], in: 'main' },
      { name: 'done', dynamic: false, kind: 'send', line: 57, column: 10, via: 'push', payloadKeys: ['data'], in: 'main' },
      { name: 'hub_note', dynamic: false, kind: 'send', line: 58, column: 16, via: 'hub.notify', payloadKeys: ['a'], in: 'main' },
      { name: 'bridged', dynamic: false, kind: 'send', line: 59, column: 21, via: 'hub.from_thread', payloadKeys: ['data'], in: 'main' },
      { name: 'job_started', dynamic: false, kind: 'send', line: 67, column: 33, via: 'ws.send_json', payloadKeys: ['id'], in: 'worker' },
    ]);
  });

  // An unknown name is placed where the value is assigned, as for `x = f()`: the unpacking target, the call.
  it('leaves a name taken from a queue nothing scanned puts on, or from a dict.get, dynamic', async () => {
    const { sites } = await extractPython({
      'app/main.py': lines(
        'import asyncio',
        '',
        'inbox = asyncio.Queue()',
        'cache = {}',
        '',
        '',
        'async def relay(ws, external_queue):',
        '    event, data = await inbox.get()',
        '    await ws.send_json({"type": event, "data": data})',
        '    other = await external_queue.get()',
        '    await ws.send_json({"type": other[0]})',
        '    cached = cache.get("last")',
        '    await ws.send_json({"type": cached})',
      ),
    });
    expect(sites.map(brief)).toEqual([
      { name: '*', dynamic: true, kind: 'send', line: 8, column: 5, via: 'ws.send_json' },
      { name: '*', dynamic: true, kind: 'send', line: 11, column: 33, via: 'ws.send_json' },
      { name: '*', dynamic: true, kind: 'send', line: 12, column: 14, via: 'ws.send_json' },
    ]);
  });

  it('finds no event in a queue of items that are not messages', async () => {
    const { sites } = await extractPython({
      'app/main.py': lines(
        'import queue',
        '',
        'paths = queue.Queue()',
        '',
        '',
        'def enqueue(path):',
        '    paths.put(path)',
        '    paths.put(42)',
        '',
        '',
        'async def drain(ws):',
        '    await ws.send_json(paths.get())',
        '    item = paths.get_nowait()',
        '    await ws.send_json({"type": "file_seen", "path": item})',
      ),
    });
    expect(sites.map(brief)).toEqual([
      { name: 'file_seen', dynamic: false, kind: 'send', line: 14, column: 33, via: 'ws.send_json' },
    ]);
  });
});
