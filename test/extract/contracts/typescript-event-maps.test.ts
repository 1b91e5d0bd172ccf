import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import { loadContract } from '../../../src/extract/contracts/index.js';
import { makeTempTree } from '../../helpers/temp-tree.js';

const EVENTS = `import type { Progress, Presence } from './types';

export enum Events {
  Done = 'job:done',
}

export interface ServerToClientEvents extends Presence {
  progress: (p: Progress) => void;
  'chat:message': (text: string, ack: (ok: boolean) => void) => void;
  [Events.Done]: (id: string) => void;
  noArgs(): void;
}

export type ClientToServerEvents = {
  'room:join': (roomId: string) => void;
} & { hello: Greeter };

type Greeter = (name: string, times: number) => void;

export type ServerToClientEventName = keyof ServerToClientEvents;
export interface InterServerEvents { ping: () => void }
`;

const TYPES = `export interface Progress { percent: number }

export interface Presence {
  'presence:update': (online: number) => void;
}
`;

describe('TypeScript event maps', () => {
  it('reads names, directions, positions and parameter types', async () => {
    const root = makeTempTree({ 'shared/events.ts': EVENTS, 'shared/types.ts': TYPES });
    const contract = await loadContract('shared/events.ts', root);
    expect(contract.format).toBe('typescript');
    expect(contract.warnings).toEqual([]);
    expect(contract.events).toEqual([
      { file: 'shared/events.ts', line: 8, column: 3, name: 'progress', direction: 'server-to-client', parameterTypes: ['Progress'] },
      {
        file: 'shared/events.ts',
        line: 9,
        column: 3,
        name: 'chat:message',
        direction: 'server-to-client',
        parameterTypes: ['string', '(ok: boolean) => void'],
      },
      { file: 'shared/events.ts', line: 10, column: 3, name: 'job:done', direction: 'server-to-client', parameterTypes: ['string'] },
      { file: 'shared/events.ts', line: 11, column: 3, name: 'noArgs', direction: 'server-to-client', parameterTypes: [] },
      { file: 'shared/events.ts', line: 15, column: 3, name: 'room:join', direction: 'client-to-server', parameterTypes: ['string'] },
      { file: 'shared/events.ts', line: 16, column: 7, name: 'hello', direction: 'client-to-server', parameterTypes: ['string', 'number'] },
      { file: 'shared/types.ts', line: 4, column: 3, name: 'presence:update', direction: 'server-to-client', parameterTypes: ['number'] },
    ]);
  });

  it('reports a syntax error with the file and position', async () => {
    const root = makeTempTree({ 'events.ts': 'export interface ServerToClientEvents {\n  progress: (p: number => void;\n}\n' });
    const error = await loadContract('events.ts', root).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toBe("contract events.ts:2:24: ',' expected.");
  });

  it('refuses a file without event maps', async () => {
    const root = makeTempTree({ 'types.ts': 'export interface Progress { percent: number }\n' });
    const error = await loadContract('types.ts', root).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toBe('contract types.ts: no ServerToClientEvents or ClientToServerEvents interface or type alias found');
  });
});
