import { describe, expect, it } from 'vitest';
import { crossReference } from '../../src/analyze/cross-reference.js';
import { clientHandler, clientSend, serverHandler, serverSend } from '../helpers/make-site.js';

const statuses = (events: ReturnType<typeof crossReference>) =>
  events.map((event) => `${event.direction} ${event.name} ${event.status}${event.dynamic ? ' (dynamic)' : ''}`);

describe('crossReference', () => {
  it('classifies server events as handled, unhandled or dead', () => {
    const events = crossReference([serverSend('a'), serverSend('b'), clientHandler('a'), clientHandler('c')]);
    expect(statuses(events)).toEqual([
      'server-to-client a handled',
      'server-to-client b unhandled',
      'server-to-client c dead-handler',
    ]);
  });

  it('matches client-to-server events against backend handlers', () => {
    const events = crossReference([clientSend('ping'), clientSend('refresh'), serverHandler('ping'), serverHandler('legacy')]);
    expect(statuses(events)).toEqual([
      'client-to-server legacy dead-handler',
      'client-to-server ping handled',
      'client-to-server refresh unhandled',
    ]);
  });

  it('gives handlers of names the client raises itself to a client-local event', () => {
    const events = crossReference([
      clientSend('connected', { scope: 'local', via: 'this.emit' }),
      clientHandler('connected'),
      clientHandler('status', { line: 9 }),
      serverSend('status'),
    ]);
    expect(statuses(events)).toEqual(['server-to-client status handled', 'client-local connected client-local']);
    expect(events[1]!.handled).toHaveLength(1);
  });

  it('prefers the server event when the server also sends a name the client raises locally', () => {
    const events = crossReference([clientSend('error', { scope: 'local' }), clientHandler('error'), serverSend('error')]);
    expect(statuses(events)).toEqual(['server-to-client error handled', 'client-local error client-local']);
    expect(events[1]!.handled).toEqual([]);
  });

  it('never reports library events as dead or unhandled', () => {
    const events = crossReference([clientHandler('connect'), serverHandler('disconnect')]);
    expect(statuses(events)).toEqual(['server-to-client connect library', 'client-to-server disconnect library']);
  });

  it('matches a dynamic send pattern against literal handlers, and marks the pattern on the site', () => {
    const events = crossReference([serverSend('training_*', { dynamic: true, line: 5 }), clientHandler('training_started', { line: 7 })]);
    expect(statuses(events)).toEqual([
      'server-to-client training_* handled (dynamic)',
      'server-to-client training_started handled',
    ]);
    const literal = events.find((event) => event.name === 'training_started')!;
    expect(literal.sent).toEqual([expect.objectContaining({ line: 5, pattern: 'training_*' })]);
    const dynamic = events.find((event) => event.dynamic)!;
    expect(dynamic.handled).toEqual([expect.objectContaining({ line: 7 })]);
    expect(dynamic.sent[0]).not.toHaveProperty('pattern');
  });

  it('lets a bare * pattern match nothing', () => {
    const events = crossReference([serverSend('*', { dynamic: true }), clientHandler('a')]);
    expect(statuses(events)).toEqual(['server-to-client * unhandled (dynamic)', 'server-to-client a dead-handler']);
  });

  it('matches a dynamic handler pattern against literal sends', () => {
    const events = crossReference([serverSend('terminal:output'), clientHandler('terminal:*', { dynamic: true })]);
    expect(statuses(events)).toEqual([
      'server-to-client terminal:* handled (dynamic)',
      'server-to-client terminal:output handled',
    ]);
  });

  it('keeps namespaces apart', () => {
    const events = crossReference([serverSend('message', { namespace: '/chat' }), clientHandler('message', { namespace: '/admin' })]);
    expect(events.map((event) => `${event.namespace} ${event.name} ${event.status}`)).toEqual([
      '/admin message dead-handler',
      '/chat message unhandled',
    ]);
  });

  it('treats a missing namespace as the default one and omits it from the event', () => {
    const events = crossReference([serverSend('a', { namespace: '/' }), clientHandler('a')]);
    expect(events).toHaveLength(1);
    expect(events[0]).not.toHaveProperty('namespace');
    expect(events[0]!.status).toBe('handled');
  });

  it('lists sites in file, line, column order with their details', () => {
    const events = crossReference([
      serverSend('a', { file: 'b.py', line: 3, payloadKeys: ['x'], enclosingFunction: 'run' }),
      serverSend('a', { file: 'a.py', line: 9, calledFrom: [{ file: 'c.py', line: 2, column: 5 }] }),
    ]);
    expect(events[0]!.sent).toEqual([
      { file: 'a.py', line: 9, column: 1, via: 'manager.broadcast_json', rule: 'test', calledFrom: [{ file: 'c.py', line: 2, column: 5 }] },
      { file: 'b.py', line: 3, column: 1, via: 'manager.broadcast_json', rule: 'test', payloadKeys: ['x'], function: 'run' },
    ]);
  });
});

describe('crossReference with catch-all handlers', () => {
  const onAny = (more = {}) => clientHandler('*', { dynamic: true, catchAll: true, via: 'socket.onAny', line: 50, ...more });

  it('lists a catch-all after the specific handlers of every sent event, and flags events only it receives', () => {
    const events = crossReference([serverSend('a'), serverSend('b'), clientHandler('a'), onAny()]);
    expect(statuses(events)).toEqual(['server-to-client a handled', 'server-to-client b handled']);
    const [a, b] = events;
    expect(a!.handled.map((site) => [site.line, site.catchAll])).toEqual([
      [1, undefined],
      [50, true],
    ]);
    expect(a).not.toHaveProperty('catchAllOnly');
    expect(b!.catchAllOnly).toBe(true);
  });

  it('does not make a dead handler live', () => {
    const events = crossReference([clientHandler('ghost'), serverSend('a'), onAny()]);
    expect(statuses(events)).toEqual(['server-to-client a handled', 'server-to-client ghost dead-handler']);
    expect(events[1]!.handled).toHaveLength(1);
  });

  it('keeps a row for a catch-all that receives nothing', () => {
    const events = crossReference([onAny()]);
    expect(statuses(events)).toEqual(['server-to-client * dead-handler (dynamic)']);
    expect(events[0]!.handled).toEqual([expect.objectContaining({ line: 50, catchAll: true })]);
  });

  it('stays inside its namespace', () => {
    const events = crossReference([serverSend('a', { namespace: '/chat' }), onAny({ namespace: '/admin' })]);
    expect(events.map((event) => `${event.namespace} ${event.name} ${event.status}`)).toEqual([
      '/admin * dead-handler',
      '/chat a unhandled',
    ]);
  });
});

describe('crossReference with suppressed sites', () => {
  it('silences a gap only when every site on the gap side is suppressed', () => {
    const silenced = { line: 1 };
    const events = crossReference([
      serverSend('quiet', { suppressed: silenced }),
      serverSend('loud', { suppressed: silenced }),
      serverSend('loud', { line: 8 }),
      clientHandler('ghost', { suppressed: silenced }),
      serverSend('fine', { suppressed: silenced }),
      clientHandler('fine'),
    ]);
    expect(events.map((event) => [event.name, event.status, event.suppressed])).toEqual([
      ['fine', 'handled', undefined],
      ['ghost', 'dead-handler', true],
      ['loud', 'unhandled', undefined],
      ['quiet', 'unhandled', true],
    ]);
  });
});
