import { describe, expect, it } from 'vitest';

import { briefSites, readsBySite } from './extract-sources.js';

const text = [
  'const ws = new WebSocket(url);',
  'const onQuote = (msg: Quote) => render(msg.price);',
  'const handlers = new Map<string, (msg: Message) => void>([',
  "  ['quote', onQuote],",
  '  [Kinds.Trade, (msg) => log(msg.size)],',
  ']);',
  "enum Kinds { Trade = 'trade' }",
  'ws.onmessage = (e) => {',
  '  const msg = JSON.parse(e.data);',
  '  handlers.get(msg.type)?.(msg);',
  '};',
  "const config = new Map([['theme', 'dark']]);",
  "config.get('theme');",
].join('\n');

describe('new Map([...]) handler maps', () => {
  it('makes each key of a Map literal read with the incoming type a handled event', async () => {
    expect(await briefSites({ path: 'src/feed.ts', text })).toEqual([
      { name: 'quote', kind: 'handle', scope: 'wire', line: 4, column: 4, via: 'handlers.get(msg.type)' },
      { name: 'trade', kind: 'handle', scope: 'wire', line: 5, column: 4, via: 'handlers.get(msg.type)' },
    ]);
  });

  it('lists the fields each handler of the map reads', async () => {
    expect(await readsBySite({ path: 'src/feed.ts', text })).toEqual([
      ['quote', [['price', 2, 44]]],
      ['trade', [['size', 5, 34]]],
    ]);
  });

  it('follows the discriminant key the map is read with', async () => {
    const source = [
      'const ws = new WebSocket(url);',
      "const routes = new Map([['tick', onTick]]);",
      'ws.addEventListener(\'message\', (e) => routes.get(JSON.parse(e.data).event)?.(e));',
    ].join('\n');
    expect(await briefSites({ path: 'src/ticks.js', text: source })).toEqual([
      { name: 'tick', kind: 'handle', scope: 'wire', line: 2, column: 26, via: 'routes.get(JSON.parse(e.data).event)' },
    ]);
  });
});
