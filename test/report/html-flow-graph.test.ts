import { describe, expect, it } from 'vitest';
import { eventFlowGraph } from '../../src/report/html-flow-graph.js';
import { at, event } from './make-result.js';

describe('eventFlowGraph', () => {
  it('links each file once per event, on the side the direction says, files and edges in path order', () => {
    const graph = eventFlowGraph([
      event('status', { sent: [at('api/b.py', 1), at('api/b.py', 9), at('api/a.py', 2)], handled: [at('web/x.js', 3)] }),
      event('refresh', { direction: 'client-to-server', status: 'unhandled', sent: [at('web/x.js', 7)] }),
    ]);
    expect(graph.files).toEqual([
      { id: 'b0', side: 'backend', path: 'api/a.py', eventIds: ['e0'] },
      { id: 'b1', side: 'backend', path: 'api/b.py', eventIds: ['e0'] },
      { id: 'f0', side: 'frontend', path: 'web/x.js', eventIds: ['e0', 'e1'] },
    ]);
    expect(graph.edges).toEqual([
      { eventId: 'e0', fileId: 'b0', sends: true },
      { eventId: 'e0', fileId: 'b1', sends: true },
      { eventId: 'e0', fileId: 'f0', sends: false },
      { eventId: 'e1', fileId: 'f0', sends: true },
    ]);
  });

  it('leaves out client-local, socket-library and contract-only events, keeping the other ids', () => {
    const graph = eventFlowGraph([
      event('connected', { direction: 'client-local', status: 'client-local', sent: [at('web/ws.js', 1)], handled: [at('web/x.js', 2)] }),
      event('connect', { status: 'library', handled: [at('web/x.js', 4)] }),
      event('expected', { status: 'contract-only', contract: 'not-implemented' }),
      event('ping', { sent: [at('api/a.py', 5)], handled: [at('web/x.js', 6)] }),
    ]);
    expect(graph.events.map(({ id, event: drawn }) => [id, drawn.name])).toEqual([['e3', 'ping']]);
    expect(graph.files.map((file) => file.path)).toEqual(['api/a.py', 'web/x.js']);
  });
});
