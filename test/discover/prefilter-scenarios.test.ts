import { describe, expect, it } from 'vitest';
import { discoverFiles } from '../../src/discover/discover-files.js';
import { loadSources } from '../../src/discover/load-sources.js';
import { extractLoaded } from '../helpers/extract-units.js';
import type { Site } from '../../src/model/site.js';
import { makeTempTree } from '../helpers/temp-tree.js';

/**
 * Scans `files` without the prefilter (every file at once) and with it (group by group, as the scan
 * does); the files the extractors got, and the sites.
 */
async function scanBothWays(files: Record<string, string>) {
  const root = makeTempTree(files);
  const discovered = await discoverFiles({ roots: [{ side: 'backend', path: root }], includeTests: false });
  const run = async (prefilter: boolean) => {
    const loaded = await loadSources(discovered, root, { prefilter });
    const { sites } = await extractLoaded(loaded, prefilter ? 'unit by unit' : 'whole');
    return { parsed: [...new Set(loaded.sources.map((source) => source.path))], sites };
  };
  return { full: await run(false), filtered: await run(true) };
}

const named = (sites: readonly Site[]) => sites.map((site) => `${site.kind} ${site.name} ${site.file}:${site.line}:${site.column}`);

describe('prefilter scenarios: the same sites, fewer files parsed', () => {
  it('leaves out code that neither names a socket nor is linked to code that does', async () => {
    const { full, filtered } = await scanBothWays({
      'web/socket.ts': "import { io } from 'socket.io-client';\nexport const socket = io('/live');\n",
      'web/feed.ts': "import { socket } from './socket';\nsocket.on('job_done', (msg) => console.log(msg));\n",
      'web/format.ts': 'export const format = (value: number) => value.toFixed(2);\n',
      'web/queue.ts': "import { EventEmitter } from 'events';\nconst queue = new EventEmitter();\nqueue.on('drained', () => {});\n",
      'web/dom.ts': "document.querySelector('#save')?.addEventListener('click', () => {});\n",
      'api/schema.py': 'def schema():\n    return {"type": "object"}\n',
    });
    expect(filtered.parsed).toEqual(['web/feed.ts', 'web/socket.ts']);
    expect(full.parsed).toHaveLength(6);
    expect(named(filtered.sites)).toEqual(['handle job_done web/feed.ts:2:11']);
    expect(filtered.sites).toEqual(full.sites);
  });

  it('keeps a file that only calls a helper of a socket module, and the constants it passes', async () => {
    const { full, filtered } = await scanBothWays({
      'web/socket.ts': "import { io } from 'socket.io-client';\nconst socket = io();\nexport function notify(name: string) {\n  socket.emit(name, {});\n}\n",
      'web/events.ts': "export const EVENTS = { DONE: 'job_done' } as const;\n",
      'web/jobs.ts': "import { notify } from './socket';\nimport { EVENTS } from './events';\nnotify(EVENTS.DONE);\nnotify('job_started');\n",
      'web/unrelated.ts': "export const EVENTS = { DONE: 'not_this_one' };\n",
    });
    expect(filtered.parsed).toEqual(['web/events.ts', 'web/jobs.ts', 'web/socket.ts']);
    expect(named(filtered.sites)).toEqual(expect.arrayContaining(['send job_done web/jobs.ts:3:8', 'send job_started web/jobs.ts:4:8']));
    expect(filtered.sites).toEqual(full.sites);
  });

  it('keeps a classic script whose global another script reads', async () => {
    const { full, filtered } = await scanBothWays({
      'static/events.js': "var EVENTS = { DONE: 'job_done' };\n",
      'static/app.js': "var ws = new WebSocket('/ws');\nws.onmessage = function (event) {\n  var msg = JSON.parse(event.data);\n  if (msg.type === EVENTS.DONE) console.log(msg);\n};\n",
      'static/other.js': 'var unrelated = 1;\n',
    });
    expect(filtered.parsed).toEqual(['static/app.js', 'static/events.js']);
    expect(named(filtered.sites)).toEqual(['handle job_done static/app.js:4:20']);
    expect(filtered.sites).toEqual(full.sites);
  });

  it('keeps the Python module a call reaches by a method name only one class defines', async () => {
    const { full, filtered } = await scanBothWays({
      'app/notifier.py': 'class Notifier:\n    async def push_event(self, event):\n        await self.ws.send_json({"type": event})\n',
      'app/jobs.py': 'async def finish(notifier):\n    await notifier.push_event("job_done")\n',
      'app/unrelated.py': 'def total(rows):\n    return sum(rows)\n',
    });
    expect(filtered.parsed).toEqual(['app/jobs.py', 'app/notifier.py']);
    expect(named(filtered.sites)).toContain('send job_done app/jobs.py:2:31');
    expect(filtered.sites).toEqual(full.sites);
  });

  it('keeps a call by a method name two classes define ambiguous, without parsing the other definitions', async () => {
    const { full, filtered } = await scanBothWays({
      'app/sender.py': 'class Sender:\n    async def push(self, event):\n        await self.ws.send_json({"type": event})\n',
      'app/stack.py': 'class Stack:\n    def push(self, item):\n        self.items.append(item)\n',
      'app/other.py': 'class Other:\n    def push(self, item):\n        return item\n',
      'app/caller.py': 'async def run(thing, ws):\n    await thing.push("job_done")\n    await ws.send_json({"type": "ready"})\n',
    });
    expect(filtered.parsed).toEqual(['app/caller.py', 'app/sender.py']);
    expect(named(filtered.sites).some((site) => site.includes('job_done'))).toBe(false);
    expect(filtered.sites).toEqual(full.sites);
  });

  it('tells a group that a method it defines once is also defined in a file left out', async () => {
    const { full, filtered } = await scanBothWays({
      'app/sender.py': 'class Sender:\n    async def push(self, event):\n        await self.ws.send_json({"type": event})\n',
      'app/caller.py': 'from .sender import Sender\n\nasync def run(thing):\n    await thing.push("job_done")\n',
      'app/stack.py': 'class Stack:\n    def push(self, item):\n        self.items.append(item)\n',
    });
    expect(filtered.parsed).toEqual(['app/caller.py', 'app/sender.py']);
    expect(named(filtered.sites).some((site) => site.includes('job_done'))).toBe(false);
    expect(filtered.sites).toEqual(full.sites);
  });

  it('puts a channel-layer send and the consumer its message type reaches in one group', async () => {
    const { full, filtered } = await scanBothWays({
      'chat/consumers.py': [
        'from channels.generic.websocket import AsyncWebsocketConsumer',
        '',
        'class ChatConsumer(AsyncWebsocketConsumer):',
        '    async def chat_message(self, event):',
        '        await self.send_json(event)',
        '',
      ].join('\n'),
      'chat/tasks.py': [
        'from channels.layers import get_channel_layer',
        '',
        'async def announce(room):',
        '    layer = get_channel_layer()',
        '    await layer.group_send(room, {"type": "chat.message", "text": "hi"})',
        '',
      ].join('\n'),
    });
    expect(filtered.sites).toEqual(full.sites);
    expect(named(filtered.sites)).toEqual(['send chat.message chat/tasks.py:5:43']);
  });

  it('follows relative Python imports through a package __init__', async () => {
    const { full, filtered } = await scanBothWays({
      'app/__init__.py': '',
      'app/realtime/__init__.py': 'from .events import JOB_DONE\n',
      'app/realtime/events.py': 'JOB_DONE = "job_done"\n',
      'app/realtime/send.py': 'from . import JOB_DONE\n\nasync def done(ws):\n    await ws.send_json({"type": JOB_DONE})\n',
      'app/billing.py': 'def invoice():\n    return {"type": "invoice"}\n',
    });
    expect(filtered.parsed).toEqual(['app/realtime/__init__.py', 'app/realtime/events.py', 'app/realtime/send.py']);
    expect(named(filtered.sites)).toEqual(['send job_done app/realtime/send.py:4:33']);
    expect(filtered.sites).toEqual(full.sites);
  });

  it('keeps a component script that imports the socket, and the markup around it', async () => {
    const { full, filtered } = await scanBothWays({
      'web/socket.js': "import { io } from 'socket.io-client';\nexport const socket = io();\n",
      'web/Live.vue': "<template><p>{{ n }}</p></template>\n<script setup>\nimport { socket } from './socket';\nsocket.on('tick', () => {});\n</script>\n",
      'web/Static.vue': '<template><button @click="save">Save</button></template>\n<script setup>\nconst save = () => {};\n</script>\n',
    });
    expect(filtered.parsed).toEqual(['web/Live.vue', 'web/socket.js']);
    expect(named(filtered.sites)).toEqual(['handle tick web/Live.vue:4:11']);
    expect(filtered.sites).toEqual(full.sites);
  });
});

describe('prefilter options', () => {
  it('hands every readable file to the extractors when the prefilter is off', async () => {
    const root = makeTempTree({ 'a.ts': 'export const a = 1;\n', 'b.py': 'b = 2\n' });
    const discovered = await discoverFiles({ roots: [{ side: 'backend', path: root }], includeTests: false });
    const loaded = await loadSources(discovered, root, { prefilter: false });
    expect(loaded.sources.map((source) => source.path)).toEqual(['a.ts', 'b.py']);
    expect((await loadSources(discovered, root)).sources).toEqual([]);
  });
});

