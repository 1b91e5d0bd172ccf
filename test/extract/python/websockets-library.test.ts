import { describe, expect, it } from 'vitest';
import { extractPython, lines, socketBrief } from './python-sources.js';

describe('python websockets library', () => {
  it('reads ws.send(json.dumps(...)), websockets.broadcast and the type dispatch of an async-for handler', async () => {
    const { sites } = await extractPython({
      'server/main.py': lines(
        'import json',
        'import websockets',
        '',
        'CLIENTS = set()',
        '',
        'async def handler(websocket):',
        '    CLIENTS.add(websocket)',
        '    async for message in websocket:',
        '        data = json.loads(message)',
        '        if data["type"] == "join":',
        '            await websocket.send(json.dumps({"type": "joined", "room": data["room"]}))',
        '            websockets.broadcast(CLIENTS, json.dumps({"type": "presence", "count": len(CLIENTS)}))',
      ),
    });
    expect(sites.map(socketBrief)).toEqual([
      { line: 10, column: 28, kind: 'handle', name: 'join', via: 'data["type"] ==' },
      { line: 11, column: 54, kind: 'send', name: 'joined', via: 'websocket.send', payloadKeys: ['room'] },
      { line: 12, column: 63, kind: 'send', name: 'presence', via: 'websockets.broadcast', payloadKeys: ['count'] },
    ]);
  });
});
