import { describe, expect, it } from 'vitest';
import { extractPython, lines, socketBrief } from './python-sources.js';

const extensions = lines('from flask_socketio import SocketIO', '', 'socketio = SocketIO()');

describe('python Flask-SocketIO', () => {
  it('reads decorators, bare emit/send in the handler namespace, and server emits with their namespace', async () => {
    const { sites } = await extractPython({
      'app/extensions.py': extensions,
      'app/app.py': lines(
        'from flask_socketio import emit, send, join_room',
        'from extensions import socketio',
        '',
        'CHAT = "/chat"',
        '',
        '@socketio.on("join", namespace=CHAT)',
        'def join(data):',
        '    join_room(data["room"])',
        '    emit("joined", {"room": data["room"]}, to=data["room"])',
        '    send("welcome")',
        '',
        '@socketio.event',
        'def my_event(message):',
        '    emit("my_response", {"data": message}, broadcast=True)',
        '    emit("elsewhere", namespace="/admin")',
        '',
        'def tick():',
        '    socketio.emit("tick", {"n": 1})',
        '    socketio.emit("notice", "text", namespace=CHAT)',
        '    socketio.send({"plain": True})',
      ),
    });
    expect(sites.map(socketBrief)).toEqual([
      { line: 6, column: 14, kind: 'handle', name: 'join', via: '@socketio.on', namespace: '/chat' },
      { line: 9, column: 10, kind: 'send', name: 'joined', via: 'emit', namespace: '/chat', payloadKeys: ['room'] },
      { line: 10, column: 5, kind: 'send', name: 'message', via: 'send', namespace: '/chat' },
      { line: 13, column: 5, kind: 'handle', name: 'my_event', via: '@socketio.event', namespace: '/' },
      { line: 14, column: 10, kind: 'send', name: 'my_response', via: 'emit', namespace: '/', payloadKeys: ['data'] },
      { line: 15, column: 10, kind: 'send', name: 'elsewhere', via: 'emit', namespace: '/admin', payloadKeys: [] },
      { line: 18, column: 19, kind: 'send', name: 'tick', via: 'socketio.emit', namespace: '/', payloadKeys: ['n'] },
      { line: 19, column: 19, kind: 'send', name: 'notice', via: 'socketio.emit', namespace: '/chat' },
      { line: 20, column: 14, kind: 'send', name: 'message', via: 'socketio.send', namespace: '/', payloadKeys: ['plain'] },
    ]);
    expect(sites[0]).toMatchObject({ file: 'app/app.py', rule: 'python/flask-socketio', side: 'backend', scope: 'wire' });
  });

  it('follows a helper around the server emit, keeping each call’s payload keys', async () => {
    const { sites } = await extractPython({
      'app/extensions.py': extensions,
      'app/notifications.py': lines(
        'from extensions import socketio',
        '',
        'DEPLOY_STARTED = "deploy_started"',
        '',
        'def notify(event, data):',
        '    socketio.emit(event, data)',
      ),
      'app/routes.py': lines(
        'from notifications import DEPLOY_STARTED, notify',
        '',
        'def deploy(version, payload):',
        '    notify(DEPLOY_STARTED, {"version": version})',
        '    notify("raw", payload)',
      ),
    });
    expect(sites.map(socketBrief)).toEqual([
      { line: 4, column: 12, kind: 'send', name: 'deploy_started', via: 'notify', namespace: '/', payloadKeys: ['version'] },
      { line: 5, column: 12, kind: 'send', name: 'raw', via: 'notify', namespace: '/' },
    ]);
  });

  it('gives a class-based Namespace its registered namespace: on_x handlers at the def, emits inside it', async () => {
    const { sites } = await extractPython({
      'app/extensions.py': extensions,
      'app/chat.py': lines(
        'from flask_socketio import Namespace, emit, send',
        '',
        'class ChatNamespace(Namespace):',
        '    def __init__(self, namespace):',
        '        super().__init__(namespace)',
        '',
        '    def on_connect(self):',
        '        pass',
        '',
        '    def on_send_message(self, data):',
        '        self.relay(data)',
        '',
        '    def relay(self, data):',
        '        self.emit("chat_message", {"text": data["text"]})',
        '        send(data["text"])',
      ),
      'app/app.py': lines(
        'from chat import ChatNamespace',
        'from extensions import socketio',
        '',
        'socketio.on_namespace(ChatNamespace("/chat"))',
      ),
    });
    expect(sites.map(socketBrief)).toEqual([
      { line: 7, column: 9, kind: 'handle', name: 'connect', via: 'ChatNamespace.on_connect', namespace: '/chat' },
      { line: 10, column: 9, kind: 'handle', name: 'send_message', via: 'ChatNamespace.on_send_message', namespace: '/chat' },
      { line: 14, column: 19, kind: 'send', name: 'chat_message', via: 'self.emit', namespace: '/chat', payloadKeys: ['text'] },
      { line: 15, column: 9, kind: 'send', name: 'message', via: 'send', namespace: '/chat' },
    ]);
  });

  it('registers handlers with on_event and catch-alls with on("*")', async () => {
    const { sites } = await extractPython({
      'app/app.py': lines(
        'from flask_socketio import SocketIO',
        '',
        'socketio = SocketIO()',
        '',
        'def ping(data):',
        '    return {"ok": True}',
        '',
        'socketio.on_event("ping", ping, namespace="/live")',
        '',
        '@socketio.on("*")',
        'def anything(event, data):',
        '    pass',
      ),
    });
    expect(sites.map(socketBrief)).toEqual([
      { line: 8, column: 19, kind: 'handle', name: 'ping', via: 'socketio.on_event', namespace: '/live' },
      { line: 10, column: 14, kind: 'handle', name: '*', via: '@socketio.on', namespace: '/', dynamic: true, catchAll: true },
    ]);
  });

  it('gives a helper’s bare emit the namespace of the handler that calls it', async () => {
    const { sites } = await extractPython({
      'app/app.py': lines(
        'from flask_socketio import SocketIO, emit',
        '',
        'socketio = SocketIO()',
        '',
        'def reply(event, data):',
        '    emit(event, data)',
        '',
        'def status(data):',
        '    reply("status", {"ok": True})',
        '',
        'socketio.on("status", namespace="/ops")(status)',
        '',
        '@socketio.on("ping")',
        'def ping():',
        '    reply("pong", {})',
      ),
    });
    expect(sites.map(socketBrief)).toEqual([
      { line: 9, column: 11, kind: 'send', name: 'status', via: 'reply', namespace: '/ops', payloadKeys: ['ok'] },
      { line: 11, column: 13, kind: 'handle', name: 'status', via: 'socketio.on', namespace: '/ops' },
      { line: 13, column: 14, kind: 'handle', name: 'ping', via: '@socketio.on', namespace: '/' },
      { line: 15, column: 11, kind: 'send', name: 'pong', via: 'reply', namespace: '/', payloadKeys: [] },
    ]);
  });

  it('counts bare emit only where it is flask_socketio’s, and room calls and acknowledgements never', async () => {
    const { sites } = await extractPython({
      'app/app.py': lines(
        'from flask_socketio import SocketIO, join_room, leave_room, rooms',
        'from bus import emit',
        '',
        'socketio = SocketIO()',
        '',
        '@socketio.on("join")',
        'def join(data):',
        '    join_room(data["room"])',
        '    leave_room(data["old"])',
        '    rooms()',
        '    emit("bus_event", {})',
        '    socketio.emit("ack_me", {}, callback=lambda reply: None)',
        '    return {"ok": True}',
      ),
    });
    expect(sites.map(socketBrief)).toEqual([
      { line: 6, column: 14, kind: 'handle', name: 'join', via: '@socketio.on', namespace: '/' },
      { line: 12, column: 19, kind: 'send', name: 'ack_me', via: 'socketio.emit', namespace: '/', payloadKeys: [] },
    ]);
  });
});
