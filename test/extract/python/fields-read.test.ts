import { describe, expect, it } from 'vitest';
import type { Site } from '../../../src/model/site.js';
import { extractPython, lines } from './python-sources.js';

/** Name, place and reads (`field@line:column`, with the file when it is another) of each handle site. */
function handlerReads(sites: readonly Site[]): Array<Record<string, unknown>> {
  return sites
    .filter((site) => site.kind === 'handle')
    .map((site) => ({
      name: site.name,
      line: site.line,
      column: site.column,
      ...(site.fieldsRead === undefined
        ? {}
        : {
            reads: site.fieldsRead.map((read) => {
              const file = read.file === site.file ? '' : `${read.file}:`;
              return `${read.field}@${file}${read.line}:${read.column}`;
            }),
          }),
    }));
}

describe('python fields read by backend handlers', () => {
  it('reads the message inside the branch for each type: subscripts, get, chains, variables taken from it', async () => {
    const { sites } = await extractPython({
      'app/main.py': lines(
        'async def endpoint(ws):',
        '    while True:',
        '        data = await ws.receive_json()',
        '        t = data.get("type")',
        '        if t == "join":',
        '            room = data["room"]',
        '            await ws.send_json({"type": "joined", "room": room})',
        '        elif data["type"] in ("leave", "quit") and data.get("force"):',
        '            payload = data.get("payload", {})',
        '            print(payload["reason"], (data.get("extra") or {}).get("x"), data["user"]["id"])',
        '        elif t == "ping":',
        '            pass',
        '        ok = t == "noop"',
      ),
    });
    expect(handlerReads(sites)).toEqual([
      { name: 'join', line: 5, column: 17, reads: ['room@6:25'] },
      {
        name: 'leave',
        line: 8,
        column: 31,
        reads: ['force@8:61', 'payload@9:32', 'payload.reason@10:27', 'extra.x@10:68', 'user.id@10:87'],
      },
      {
        name: 'quit',
        line: 8,
        column: 40,
        reads: ['force@8:61', 'payload@9:32', 'payload.reason@10:27', 'extra.x@10:68', 'user.id@10:87'],
      },
      { name: 'ping', line: 11, column: 19, reads: [] },
      { name: 'noop', line: 13, column: 19 },
    ]);
    expect(sites[0]?.fieldsRead?.[0]).toEqual({ file: 'app/main.py', line: 6, column: 25, field: 'room' });
  });

  it('follows the message into a function it is passed to, one call deep, leaving out the type key', async () => {
    const { sites } = await extractPython({
      'app/main.py': lines(
        'from app import handlers',
        '',
        'async def endpoint(ws):',
        '    async for message in ws.iter_json():',
        '        match message["type"]:',
        '            case "chat":',
        '                await handlers.on_chat(ws, msg=message)',
        '            case "typing" if message.get("active"):',
        '                await handlers.on_typing(ws, message)',
      ),
      'app/handlers.py': lines(
        'async def on_chat(ws, msg):',
        '    await store(msg)',
        '    return msg["text"], msg["type"]',
        '',
        'async def on_typing(ws, message):',
        '    return message.pop("user", None)',
        '',
        'async def store(msg):',
        '    return msg["never_followed"]',
      ),
    });
    expect(handlerReads(sites)).toEqual([
      { name: 'chat', line: 6, column: 18, reads: ['text@app/handlers.py:3:16'] },
      { name: 'typing', line: 8, column: 18, reads: ['user@app/handlers.py:6:24', 'active@8:42'] },
    ]);
  });

  it('reads the message where it is handed to the handler found in a dispatch table', async () => {
    const { sites } = await extractPython({
      'app/dispatch.py': lines(
        'import json',
        '',
        'async def on_chat(ws, msg):',
        '    return msg.get("text")',
        '',
        'async def on_ping(ws):',
        '    pass',
        '',
        'HANDLERS = {"chat": on_chat, "ping": on_ping, "noop": lambda ws, m: None}',
        '',
        'async def endpoint(ws):',
        '    async for raw in ws:',
        '        data = json.loads(raw)',
        '        handler = HANDLERS.get(data["type"])',
        '        if handler:',
        '            await handler(ws, data)',
      ),
    });
    expect(handlerReads(sites)).toEqual([
      { name: 'chat', line: 9, column: 13, reads: ['text@4:20'] },
      { name: 'ping', line: 9, column: 30, reads: [] },
      { name: 'noop', line: 9, column: 47 },
    ]);
  });

  it('reads a Channels consumer’s content in the branch and in the method a command table calls', async () => {
    const { sites } = await extractPython({
      'chat/consumers.py': lines(
        'from channels.generic.websocket import AsyncJsonWebsocketConsumer',
        '',
        'class ChatConsumer(AsyncJsonWebsocketConsumer):',
        '    async def receive_json(self, content, **kwargs):',
        '        commands = {"edit": self.edit}',
        '        if content["type"] == "send":',
        '            await self.save(content["text"])',
        '        elif content["type"] in commands:',
        '            await commands[content["type"]](content)',
        '',
        '    async def edit(self, content):',
        '        return content["id"]',
      ),
    });
    expect(handlerReads(sites)).toEqual([
      { name: 'edit', line: 5, column: 21, reads: ['id@12:24'] },
      { name: 'send', line: 6, column: 31, reads: ['text@7:37'] },
    ]);
  });

  it('reads the payload parameter of Socket.IO handlers: decorated, registered by call, namespace methods', async () => {
    const { sites } = await extractPython({
      'server/app.py': lines(
        'import json',
        'import socketio',
        'from server import rooms',
        '',
        'sio = socketio.AsyncServer()',
        '',
        '@sio.on("join")',
        'async def join(sid, data):',
        '    await rooms.enter(sid, data)',
        '    await sio.emit("joined", {"room": data["room"]}, to=sid)',
        '',
        '@sio.event',
        'async def leave(sid, data):',
        '    data = json.loads(data)',
        '    print(data.get("room"))',
        '    data = {"other": 1}',
        '    print(data["other"])',
        '',
        '@sio.event',
        'async def ping(sid):',
        '    pass',
        '',
        '@sio.event',
        'async def spread(sid, *args):',
        '    return args[0]["x"]',
        '',
        '@sio.on("*")',
        'async def anything(event, sid, data):',
        '    return data["x"]',
        '',
        '@sio.event',
        'async def connect(sid, environ, auth):',
        '    return environ["HTTP_X"]',
        '',
        'def chat(sid, message):',
        '    return message["text"]',
        '',
        'sio.on("chat", chat)',
        '',
        'class Admin(socketio.AsyncNamespace):',
        '    async def on_kick(self, sid, data):',
        '        await self.do_kick(data)',
        '',
        '    async def do_kick(self, request):',
        '        return request["user_id"]',
        '',
        'sio.register_namespace(Admin("/admin"))',
      ),
      'server/rooms.py': lines('async def enter(sid, payload):', '    return payload["nickname"]'),
    });
    expect(handlerReads(sites)).toEqual([
      { name: 'join', line: 7, column: 9, reads: ['room@10:44', 'nickname@server/rooms.py:2:20'] },
      { name: 'leave', line: 13, column: 11, reads: ['room@15:20'] },
      { name: 'ping', line: 20, column: 11, reads: [] },
      { name: 'spread', line: 24, column: 11 },
      { name: '*', line: 27, column: 9 },
      { name: 'connect', line: 32, column: 11 },
      { name: 'chat', line: 38, column: 8, reads: ['text@36:20'] },
      { name: 'kick', line: 41, column: 15, reads: ['user_id@45:24'] },
    ]);
  });

  it('reads Flask-SocketIO handlers’ first argument, the payload, in functions and Namespace methods', async () => {
    const { sites } = await extractPython({
      'app/app.py': lines(
        'from flask_socketio import Namespace, SocketIO, emit',
        '',
        'socketio = SocketIO()',
        '',
        '@socketio.on("join")',
        'def on_join(data):',
        '    emit("joined", {"room": data["room"]})',
        '',
        'class Chat(Namespace):',
        '    def on_send(self, data):',
        '        return data.get("text", "")[:500]',
        '',
        'socketio.on_namespace(Chat("/chat"))',
      ),
    });
    expect(handlerReads(sites)).toEqual([
      { name: 'join', line: 5, column: 14, reads: ['room@7:34'] },
      { name: 'send', line: 10, column: 9, reads: ['text@11:25'] },
    ]);
  });
});
