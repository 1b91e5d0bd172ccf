import { describe, expect, it } from 'vitest';
import { extractPython, lines, socketBrief } from './python-sources.js';

describe('python Django Channels', () => {
  it('reads send_json / send(text_data=json.dumps(...)) and the receive_json type dispatch', async () => {
    const { sites } = await extractPython({
      'chat/consumers.py': lines(
        'import json',
        'from channels.generic.websocket import AsyncJsonWebsocketConsumer',
        '',
        'class ChatConsumer(AsyncJsonWebsocketConsumer):',
        '    async def connect(self):',
        '        await self.accept()',
        '        await self.send_json({"type": "history", "messages": []})',
        '        await self.send(text_data=json.dumps({"type": "hello", "user": 1}))',
        '',
        '    async def receive_json(self, content, **kwargs):',
        '        commands = {"edit": self.edit}',
        '        if content["type"] == "post":',
        '            pass',
        '        elif content["type"] in commands:',
        '            await commands[content["type"]](content)',
        '        match content.get("type"):',
        '            case "ping":',
        '                pass',
        '',
        '    async def edit(self, content):',
        '        pass',
      ),
    });
    expect(sites.map(socketBrief)).toEqual([
      { line: 7, column: 39, kind: 'send', name: 'history', via: 'self.send_json', payloadKeys: ['messages'] },
      { line: 8, column: 55, kind: 'send', name: 'hello', via: 'self.send', payloadKeys: ['user'] },
      { line: 11, column: 21, kind: 'handle', name: 'edit', via: 'commands[content["type"]]' },
      { line: 12, column: 31, kind: 'handle', name: 'post', via: 'content["type"] ==' },
      { line: 17, column: 18, kind: 'handle', name: 'ping', via: 'match content.get("type")' },
    ]);
    expect(sites[0]).toMatchObject({ rule: 'python/django-channels', enclosingFunction: 'ChatConsumer.connect' });
  });

  it('follows group_send to the consumer method: a forwarded type is the wire event, a routing key is not', async () => {
    const { sites } = await extractPython({
      'chat/consumers.py': lines(
        'from channels.generic.websocket import AsyncJsonWebsocketConsumer',
        '',
        'class ChatConsumer(AsyncJsonWebsocketConsumer):',
        '    async def receive_json(self, content):',
        '        await self.channel_layer.group_send("room", {"type": "chat.message", "text": content["text"]})',
        '        await self.channel_layer.group_send("room", {"type": "presence", "user": 1, "online": True})',
        '',
        '    async def chat_message(self, event):',
        '        await self.send_json({"type": "message", "text": event["text"]})',
        '',
        '    async def presence(self, event):',
        '        await self.send_json(event)',
      ),
    });
    expect(sites.map(socketBrief)).toEqual([
      { line: 6, column: 62, kind: 'send', name: 'presence', via: 'self.channel_layer.group_send', payloadKeys: ['online', 'user'] },
      { line: 9, column: 39, kind: 'send', name: 'message', via: 'self.send_json', payloadKeys: ['text'] },
    ]);
  });

  it('routes async_to_sync(channel_layer.group_send) from outside a consumer, and reads receive(text_data)', async () => {
    const { sites } = await extractPython({
      'chat/consumers.py': lines(
        'import json',
        'from channels.generic.websocket import WebsocketConsumer',
        '',
        'class JobConsumer(WebsocketConsumer):',
        '    def receive(self, text_data=None, bytes_data=None):',
        '        data = json.loads(text_data)',
        '        if data["type"] == "cancel":',
        '            pass',
        '',
        '    def job_done(self, event):',
        '        self.send(text_data=json.dumps(event))',
      ),
      'jobs/tasks.py': lines(
        'from asgiref.sync import async_to_sync',
        'from channels.layers import get_channel_layer',
        '',
        'def finish(job_id):',
        '    channel_layer = get_channel_layer()',
        '    async_to_sync(channel_layer.group_send)("jobs", {"type": "job.done", "id": job_id})',
      ),
    });
    expect(sites.map((site) => ({ file: site.file, ...socketBrief(site) }))).toEqual([
      { file: 'chat/consumers.py', line: 7, column: 28, kind: 'handle', name: 'cancel', via: 'data["type"] ==' },
      {
        file: 'jobs/tasks.py',
        line: 6,
        column: 62,
        kind: 'send',
        name: 'job.done',
        via: 'async_to_sync(channel_layer.group_send)',
        payloadKeys: ['id'],
      },
    ]);
  });

  it('ignores send_json and receive_json outside consumers', async () => {
    const { sites } = await extractPython({
      'app/other.py': lines(
        'from channels.layers import get_channel_layer',
        '',
        'class NotAConsumer:',
        '    async def receive_json(self, content):',
        '        if content["type"] == "nope":',
        '            pass',
        '',
        'async def push(layer):',
        '    await layer.group_send("g", {"type": "unknown.route"})',
      ),
    });
    expect(sites).toEqual([]);
  });
});
