import { describe, expect, it } from 'vitest';

import { briefSites, readsBySite } from './extract-sources.js';

const text = [
  "import { io } from 'socket.io-client';",
  'const socket = io(url);',
  'function subscribe(name) { socket.on(name, (data) => store.update(name, data.value)); }',
  "['price', 'volume'].forEach(subscribe);",
  "const TOPICS = ['news', 'alerts'];",
  'TOPICS.map(subscribe);',
  "const handlers = { 'order:filled': onFilled, [Events.CANCEL]: onCancel };",
  "const Events = { CANCEL: 'order:cancelled' };",
  'Object.entries(handlers).forEach(([name, fn]) => socket.on(name, fn));',
  "for (const [event, handler] of Object.entries({ 'user:joined': a, 'user:left': b })) socket.on(event, handler);",
  'unknownList.forEach(subscribe);',
].join('\n');

describe('helpers passed by reference and handler objects looped over', () => {
  it('makes each element of an array a helper is passed to, and each key of an object looped over, a site', async () => {
    expect(await briefSites({ path: 'src/market.js', text })).toEqual([
      { name: 'price', kind: 'handle', scope: 'wire', line: 4, column: 2, via: 'subscribe' },
      { name: 'volume', kind: 'handle', scope: 'wire', line: 4, column: 11, via: 'subscribe' },
      { name: 'news', kind: 'handle', scope: 'wire', line: 5, column: 17, via: 'subscribe' },
      { name: 'alerts', kind: 'handle', scope: 'wire', line: 5, column: 25, via: 'subscribe' },
      { name: 'order:filled', kind: 'handle', scope: 'wire', line: 7, column: 20, via: 'socket.on' },
      { name: 'order:cancelled', kind: 'handle', scope: 'wire', line: 7, column: 47, via: 'socket.on' },
      { name: 'user:joined', kind: 'handle', scope: 'wire', line: 10, column: 49, via: 'socket.on' },
      { name: 'user:left', kind: 'handle', scope: 'wire', line: 10, column: 67, via: 'socket.on' },
      // A collection that cannot be read is a dynamic site at the reference, not nothing.
      { name: '*', kind: 'handle', scope: 'wire', line: 11, column: 21, via: 'subscribe', dynamic: true },
    ]);
  });

  it('keeps the fields the helper’s handler reads', async () => {
    const reads = await readsBySite({ path: 'src/market.js', text });
    expect(reads.find(([name]) => name === 'price')).toEqual(['price', [['value', 3, 78]]]);
  });

  it('follows `Object.keys` and `new Map` entries, and sends through a helper passed to map', async () => {
    const source = [
      "import { io } from 'socket.io-client';",
      'const socket = io(url);',
      "const routes = new Map([['room:enter', enter], ['room:exit', exit]]);",
      'for (const [name, fn] of routes) socket.on(name, fn);',
      "const pings = { 'ping:a': 1 };",
      'Object.keys(pings).forEach((key) => socket.on(key, noop));',
      'const announce = (event) => socket.emit(event, { at: Date.now() });',
      "['hello'].map(announce);",
      'unknown.forEach((item) => socket.on(item, noop));',
    ].join('\n');
    expect(await briefSites({ path: 'src/rooms.ts', text: source })).toEqual([
      { name: 'room:enter', kind: 'handle', scope: 'wire', line: 3, column: 26, via: 'socket.on' },
      { name: 'room:exit', kind: 'handle', scope: 'wire', line: 3, column: 49, via: 'socket.on' },
      { name: 'ping:a', kind: 'handle', scope: 'wire', line: 5, column: 17, via: 'socket.on' },
      { name: 'hello', kind: 'send', scope: 'wire', line: 8, column: 2, via: 'announce', payloadKeys: ['at'] },
      { name: '*', kind: 'handle', scope: 'wire', line: 9, column: 37, via: 'socket.on', dynamic: true },
    ]);
  });
});
