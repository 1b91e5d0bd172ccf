import { describe, expect, it } from 'vitest';
import { extractPython, lines, socketBrief } from './python-sources.js';

describe('python python-socketio', () => {
  it('reads emits, calls and sends on the server, @sio.event / @sio.on / sio.on handlers and Enum names', async () => {
    const { sites } = await extractPython({
      'server/events.py': lines('from enum import Enum', '', 'class ServerEvent(str, Enum):', '    ROOM_STATE = "room_state"'),
      'server/app.py': lines(
        'import socketio',
        'from events import ServerEvent',
        '',
        'sio = socketio.AsyncServer(async_mode="asgi")',
        '',
        '@sio.event',
        'async def connect(sid, environ, auth):',
        '    await sio.emit(ServerEvent.ROOM_STATE, {"room": "lobby", "strokes": []}, to=sid)',
        '',
        '@sio.on("draw", namespace="/board")',
        'async def draw(sid, data):',
        '    await sio.emit("stroke", data["stroke"], room=data["room"], namespace="/board")',
        '    reply = await sio.call("confirm", {"id": 1}, to=sid)',
        '    await sio.send("plain text", to=sid)',
        '',
        'async def leave(sid, data):',
        '    await sio.leave_room(sid, data["room"])',
        '',
        'sio.on("leave", leave)',
      ),
    });
    expect(sites.map(socketBrief)).toEqual([
      { line: 7, column: 11, kind: 'handle', name: 'connect', via: '@sio.event', namespace: '/' },
      { line: 8, column: 20, kind: 'send', name: 'room_state', via: 'sio.emit', namespace: '/', payloadKeys: ['room', 'strokes'] },
      { line: 10, column: 9, kind: 'handle', name: 'draw', via: '@sio.on', namespace: '/board' },
      { line: 12, column: 20, kind: 'send', name: 'stroke', via: 'sio.emit', namespace: '/board' },
      { line: 13, column: 28, kind: 'send', name: 'confirm', via: 'sio.call', namespace: '/', payloadKeys: ['id'] },
      { line: 14, column: 15, kind: 'send', name: 'message', via: 'sio.send', namespace: '/' },
      { line: 19, column: 8, kind: 'handle', name: 'leave', via: 'sio.on', namespace: '/' },
    ]);
    expect(sites[0]).toMatchObject({ file: 'server/app.py', rule: 'python/python-socketio' });
  });

  it('follows a helper whose payload is a parameter: keys only where a call passes a dict', async () => {
    const { sites } = await extractPython({
      'server/app.py': lines(
        'import socketio',
        '',
        'sio = socketio.Server()',
        '',
        'def broadcast_to_room(room, event, data, skip_sid=None):',
        '    sio.emit(event, data, room=room, skip_sid=skip_sid)',
        '',
        'def on_draw(sid, data):',
        '    broadcast_to_room(data["room"], "stroke", data["stroke"], skip_sid=sid)',
        '    broadcast_to_room(data["room"], "user_joined", {"user": sid, "room": data["room"]})',
      ),
    });
    expect(sites.map(socketBrief)).toEqual([
      { line: 9, column: 37, kind: 'send', name: 'stroke', via: 'broadcast_to_room', namespace: '/' },
      { line: 10, column: 37, kind: 'send', name: 'user_joined', via: 'broadcast_to_room', namespace: '/', payloadKeys: ['room', 'user'] },
    ]);
  });

  it('registers AsyncNamespace classes: on_x handlers and self.emit in the class namespace', async () => {
    const { sites } = await extractPython({
      'server/admin.py': lines(
        'import socketio',
        '',
        'class AdminNamespace(socketio.AsyncNamespace):',
        '    async def on_connect(self, sid, environ, auth):',
        '        pass',
        '',
        '    async def on_get_stats(self, sid):',
        '        await self.emit("stats", {"rooms": 1}, to=sid)',
        '        await self.server.emit("global_notice", {})',
      ),
      'server/app.py': lines(
        'import socketio',
        'from admin import AdminNamespace',
        '',
        'sio = socketio.AsyncServer()',
        'admin = AdminNamespace("/admin")',
        'sio.register_namespace(admin)',
      ),
    });
    expect(sites.map(socketBrief)).toEqual([
      { line: 4, column: 15, kind: 'handle', name: 'connect', via: 'AdminNamespace.on_connect', namespace: '/admin' },
      { line: 7, column: 15, kind: 'handle', name: 'get_stats', via: 'AdminNamespace.on_get_stats', namespace: '/admin' },
      { line: 8, column: 25, kind: 'send', name: 'stats', via: 'self.emit', namespace: '/admin', payloadKeys: ['rooms'] },
      { line: 9, column: 32, kind: 'send', name: 'global_notice', via: 'self.server.emit', namespace: '/', payloadKeys: [] },
    ]);
  });

  it('lists each on_x method of a scanned base under every namespace its subclasses are registered in', async () => {
    const { sites } = await extractPython({
      'server/app.py': lines(
        'import socketio',
        '',
        'class RoomNamespace(socketio.Namespace):',
        '    def on_join(self, sid, data):',
        '        pass',
        '',
        'class GameNamespace(RoomNamespace):',
        '    def __init__(self):',
        '        super().__init__("/game")',
        '',
        'class LobbyNamespace(RoomNamespace):',
        '    def on_join(self, sid, data):',
        '        pass',
        '',
        'sio = socketio.Server()',
        'sio.register_namespace(GameNamespace())',
        'sio.register_namespace(LobbyNamespace(namespace="/lobby"))',
      ),
    });
    expect(sites.map(socketBrief)).toEqual([
      { line: 4, column: 9, kind: 'handle', name: 'join', via: 'RoomNamespace.on_join', namespace: '/game' },
      { line: 12, column: 9, kind: 'handle', name: 'join', via: 'LobbyNamespace.on_join', namespace: '/lobby' },
    ]);
  });

  it('marks @sio.on("*") and sio.on("*", fn) as catch-alls, and an unresolvable name as dynamic', async () => {
    const { sites } = await extractPython({
      'server/app.py': lines(
        'import socketio',
        '',
        'sio = socketio.AsyncServer()',
        '',
        '@sio.on("*")',
        'async def any_event(event, sid, data):',
        '    pass',
        '',
        'def log_all(event, sid, data):',
        '    pass',
        '',
        'def register(name):',
        '    sio.on("*", log_all, namespace="/chat")',
        '    sio.on(name, log_all)',
      ),
    });
    expect(sites.map(socketBrief)).toEqual([
      { line: 5, column: 9, kind: 'handle', name: '*', via: '@sio.on', namespace: '/', dynamic: true, catchAll: true },
      { line: 13, column: 12, kind: 'handle', name: '*', via: 'sio.on', namespace: '/chat', dynamic: true, catchAll: true },
      { line: 14, column: 12, kind: 'handle', name: '*', via: 'sio.on', namespace: '/', dynamic: true },
    ]);
  });

  it('takes a server passed as a parameter in a file that imports socketio, but never a client or another object', async () => {
    const { sites } = await extractPython({
      'server/handlers.py': lines(
        'import socketio',
        '',
        'def register(sio):',
        '    @sio.on("hello")',
        '    async def hello(sid):',
        '        await sio.emit("welcome", to=sid)',
        '',
        'client = socketio.AsyncClient()',
        '',
        '@client.on("from_other_service")',
        'async def relay(data):',
        '    await client.emit("not_ours", data)',
        '',
        'async def plain(ws):',
        '    await ws.send(\'{"type": "x"}\')',
      ),
      'server/other.py': lines('def register(sio):', '    sio.emit("no_socketio_import")'),
    });
    expect(sites.map(socketBrief)).toEqual([
      { line: 4, column: 13, kind: 'handle', name: 'hello', via: '@sio.on', namespace: '/' },
      { line: 6, column: 24, kind: 'send', name: 'welcome', via: 'sio.emit', namespace: '/', payloadKeys: [] },
    ]);
  });
});
