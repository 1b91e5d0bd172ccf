import { describe, expect, it } from 'vitest';

import { briefSites } from './extract-sources.js';

describe('event names', () => {
  it('resolves constants, const objects, TS enums and namespace imports across files', async () => {
    const events = [
      "export const JOB_DONE = 'job_done';",
      "export const Events = { Chat: { NEW: 'chat:new' }, LEFT: 'user_left' } as const;",
      "export enum Server { Quota = 'quota', Numbered }",
      "export const PREFIX = 'room:';",
    ].join('\n');
    const barrel = "export * from './events';";
    const client = [
      "import { JOB_DONE, Events, Server } from './constants/index.js';",
      "import * as E from './constants/events';",
      "import { socket } from './socket';",
      'socket.on(JOB_DONE, f);',
      'socket.on(Events.Chat.NEW, f);',
      "socket.on(Events['LEFT'], f);",
      'socket.on(Server.Quota, f);',
      'socket.on(Server.Numbered, f);',
      'socket.on(E.JOB_DONE, f);',
      'socket.on(`${E.PREFIX}joined`, f);',
      "socket.on(E.PREFIX + 'left', f);",
      "socket.on(E.PREFIX + roomId, f);",
    ].join('\n');
    expect(
      await briefSites(
        { path: 'web/constants/events.ts', text: events },
        { path: 'web/constants/index.ts', text: barrel },
        { path: 'web/client.ts', text: client },
      ),
    ).toEqual([
      { name: 'job_done', kind: 'handle', scope: 'wire', line: 4, column: 11, via: 'socket.on' },
      { name: 'chat:new', kind: 'handle', scope: 'wire', line: 5, column: 11, via: 'socket.on' },
      { name: 'user_left', kind: 'handle', scope: 'wire', line: 6, column: 11, via: 'socket.on' },
      { name: 'quota', kind: 'handle', scope: 'wire', line: 7, column: 11, via: 'socket.on' },
      { name: '*', kind: 'handle', scope: 'wire', line: 8, column: 11, via: 'socket.on', dynamic: true },
      { name: 'job_done', kind: 'handle', scope: 'wire', line: 9, column: 11, via: 'socket.on' },
      { name: 'room:joined', kind: 'handle', scope: 'wire', line: 10, column: 11, via: 'socket.on' },
      { name: 'room:left', kind: 'handle', scope: 'wire', line: 11, column: 11, via: 'socket.on' },
      { name: 'room:*', kind: 'handle', scope: 'wire', line: 12, column: 11, via: 'socket.on', dynamic: true },
    ]);
  });

  it('never guesses between two possible values', async () => {
    const text = [
      "let name = 'first';",
      "if (later) name = 'second';",
      'socket.on(name, f);',
      "socket.on(flag ? 'a' : 'b', f);",
      "const fixed = 'same'; const alias = fixed;",
      'socket.on(alias, f);',
    ].join('\n');
    expect(await briefSites({ path: 'src/guess.js', text })).toEqual([
      { name: '*', kind: 'handle', scope: 'wire', line: 3, column: 11, via: 'socket.on', dynamic: true },
      { name: '*', kind: 'handle', scope: 'wire', line: 4, column: 11, via: 'socket.on', dynamic: true },
      { name: 'same', kind: 'handle', scope: 'wire', line: 6, column: 11, via: 'socket.on' },
    ]);
  });

  it('resolves a const enum used in type dispatch and a Object.freeze constant map', async () => {
    const types = [
      "export const enum Msg { Status = 'status' }",
      "export const Kinds = Object.freeze({ ALERT: 'alert' });",
    ].join('\n');
    const handler = [
      "import { Msg, Kinds } from './types';",
      "const ws = new WebSocket('/ws');",
      'ws.onmessage = (event: MessageEvent) => {',
      '  const message = JSON.parse(event.data) as { type: string };',
      '  switch (message.type) {',
      '    case Msg.Status: break;',
      '    case Kinds.ALERT: break;',
      '  }',
      '};',
    ].join('\n');
    expect(await briefSites({ path: 'ui/types.ts', text: types }, { path: 'ui/handler.ts', text: handler })).toEqual([
      { name: 'status', kind: 'handle', scope: 'wire', line: 6, column: 10, via: 'switch (message.type)' },
      { name: 'alert', kind: 'handle', scope: 'wire', line: 7, column: 10, via: 'switch (message.type)' },
    ]);
  });
});
