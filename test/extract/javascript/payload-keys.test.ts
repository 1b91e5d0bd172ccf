import { describe, expect, it } from 'vitest';

import { extract } from './extract-sources.js';

async function keysBySite(text: string, path = 'src/send.js'): Promise<Array<[string, string[] | undefined]>> {
  const { sites } = await extract({ path, text });
  return sites.filter((site) => site.kind === 'send').map((site) => [site.name, site.payloadKeys]);
}

describe('payload keys of send sites', () => {
  it('adds the keys of an object literal nested one level deep, directly or through a variable', async () => {
    const text = [
      'const ws = new WebSocket(url);',
      "ws.send(JSON.stringify({ type: 'stats', host, data: { cpu: 1, disk: { free: 2 } } }));",
      'const details = { reason, code: 4 };',
      "ws.send(JSON.stringify({ type: 'failed', details, at: now() }));",
    ].join('\n');
    expect(await keysBySite(text)).toEqual([
      ['stats', ['data', 'data.cpu', 'data.disk', 'host']],
      ['failed', ['at', 'details', 'details.code', 'details.reason']],
    ]);
  });

  it('counts keys assigned later to the same variable, at the top and one level down', async () => {
    const text = [
      'const ws = new WebSocket(url);',
      'const stats = { cpu };',
      'stats.memory = readMemory();',
      "const message = { type: 'stats', stats };",
      "message['sent_at'] = Date.now();",
      'ws.send(JSON.stringify(message));',
    ].join('\n');
    expect(await keysBySite(text)).toEqual([['stats', ['sent_at', 'stats', 'stats.cpu', 'stats.memory']]]);
  });

  it('keeps the keys of a Socket.IO payload, its nested literals and its own type field', async () => {
    const text = [
      "import { io } from 'socket.io-client';",
      'const socket = io();',
      "socket.emit('chat:send', { type: 'text', body, meta: { room } });",
    ].join('\n');
    expect(await keysBySite(text)).toEqual([['chat:send', ['body', 'meta', 'meta.room', 'type']]]);
  });

  it('leaves the keys unknown when one cannot be seen: a computed key, a spread or a later key of something unknown', async () => {
    const text = [
      "import { io } from 'socket.io-client';",
      'const socket = io();',
      'const base = { a: 1 };',
      "socket.emit('known_spread', { ...base, b: 2 });",
      "socket.emit('unknown_spread', { ...defaults(), b: 2 });",
      "socket.emit('computed', { [field]: 1 });",
      'const later = { a: 1 };',
      'later[name] = 2;',
      "socket.emit('computed_later', later);",
      "socket.emit('call_result', buildPayload());",
    ].join('\n');
    expect(await keysBySite(text)).toEqual([
      ['known_spread', ['a', 'b']],
      ['unknown_spread', undefined],
      ['computed', undefined],
      ['computed_later', undefined],
      ['call_result', undefined],
    ]);
  });

  it('adds the keys each caller passes for a payload parameter put under a key, and leaves a spread nobody fills unknown', async () => {
    const text = [
      'class Api {',
      '  constructor() { this.ws = new WebSocket(url); }',
      '  send(type, data) { this.ws.send(JSON.stringify({ type, data })); }',
      "  notify(extra) { this.ws.send(JSON.stringify({ type: 'notice', ...extra })); }",
      '  start() {',
      "    this.send('join', { room, user: { id } });",
      "    this.send('leave', currentRoom());",
      '  }',
      '}',
    ].join('\n');
    expect(await keysBySite(text)).toEqual([
      ['notice', undefined],
      ['join', ['data', 'data.room', 'data.user']],
      ['leave', ['data']],
    ]);
  });
});
