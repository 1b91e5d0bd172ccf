import { describe, expect, it } from 'vitest';
import { deadClientHandler } from '../../../src/analyze/checks/dead-client-handler.js';
import { deadHandler } from '../../../src/analyze/checks/dead-handler.js';
import { unhandledClientEvent } from '../../../src/analyze/checks/unhandled-client-event.js';
import { unhandledEvent } from '../../../src/analyze/checks/unhandled-event.js';
import { clientHandler, clientSend, serverHandler, serverSend } from '../../helpers/make-site.js';
import { resultOf } from './scan-result.js';

const APP = 'backend/app.py';
const JS = 'static/app.js';

describe('unhandled-event', () => {
  it('reports each unhandled event once, at its first send site, with the other send sites related', () => {
    const result = resultOf([
      serverSend('job_done', { file: APP, line: 40, column: 9 }),
      serverSend('job_done', { file: APP, line: 12, column: 21 }),
      serverSend('job_done', { file: 'backend/jobs.py', line: 3, column: 5 }),
      serverSend('ping', { file: APP, line: 50, column: 5 }),
      clientHandler('ping'),
    ]);
    expect(unhandledEvent.find(result)).toEqual([
      {
        checkId: 'unhandled-event',
        event: { name: 'job_done', direction: 'server-to-client' },
        location: { file: APP, line: 12, column: 21 },
        relatedLocations: [
          { file: APP, line: 40, column: 9, label: 'send-site' },
          { file: 'backend/jobs.py', line: 3, column: 5, label: 'send-site' },
        ],
        arguments: { siteCount: 3 },
      },
    ]);
  });

  it('relates the places a helper with a fixed event name is called from, once each', () => {
    const calledFrom = [
      { file: APP, line: 90, column: 5 },
      { file: APP, line: 70, column: 5 },
    ];
    const result = resultOf([
      serverSend('activity', { file: APP, line: 20, column: 18, calledFrom }),
      serverSend('activity', { file: APP, line: 30, column: 18, calledFrom: [{ file: APP, line: 70, column: 5 }] }),
    ]);
    expect(unhandledEvent.find(result)[0]!.relatedLocations).toEqual([
      { file: APP, line: 30, column: 18, label: 'send-site' },
      { file: APP, line: 70, column: 5, label: 'called-from' },
      { file: APP, line: 90, column: 5, label: 'called-from' },
    ]);
  });

  it('points at a literal send site before a dynamic one that may also send the event', () => {
    const result = resultOf([
      serverSend('job_*', { dynamic: true, file: APP, line: 5, column: 30 }),
      serverSend('job_done', { file: APP, line: 60, column: 18 }),
    ]);
    const [finding] = unhandledEvent.find(result);
    expect(finding!.location).toEqual({ file: APP, line: 60, column: 18 });
    expect(finding!.relatedLocations).toEqual([{ file: APP, line: 5, column: 30, label: 'send-site', pattern: 'job_*' }]);
  });

  it('keeps the namespace of a Socket.IO event', () => {
    const result = resultOf([serverSend('typing', { namespace: '/chat', line: 8, column: 15 })]);
    expect(unhandledEvent.find(result).map((finding) => finding.event)).toEqual([
      { name: 'typing', direction: 'server-to-client', namespace: '/chat' },
    ]);
  });

  it('reports nothing for handled, library or client-local events, or for dynamic patterns', () => {
    const result = resultOf([
      serverSend('a'),
      clientHandler('a'),
      clientHandler('connect'),
      clientSend('connected', { scope: 'local', via: 'this.emit' }),
      clientHandler('connected'),
      serverSend('step_*', { dynamic: true }),
    ]);
    expect(unhandledEvent.find(result)).toEqual([]);
  });
});

describe('dead-handler', () => {
  it('reports a handler of an event nothing sends at its first handler site', () => {
    const result = resultOf([
      clientHandler('legacy', { file: 'static/b.js', line: 4, column: 13 }),
      clientHandler('legacy', { file: 'static/a.js', line: 9, column: 13 }),
    ]);
    expect(deadHandler.find(result)).toEqual([
      {
        checkId: 'dead-handler',
        event: { name: 'legacy', direction: 'server-to-client' },
        location: { file: 'static/a.js', line: 9, column: 13 },
        relatedLocations: [{ file: 'static/b.js', line: 4, column: 13, label: 'handler-site' }],
        arguments: { siteCount: 2 },
      },
    ]);
  });

  it('leaves client→server handlers to dead-client-handler', () => {
    expect(deadHandler.find(resultOf([serverHandler('legacy')]))).toEqual([]);
  });
});

describe('unhandled-client-event', () => {
  it('reports a message the frontend sends and no backend code handles', () => {
    const result = resultOf([clientSend('refresh', { file: JS, line: 50, column: 22 }), serverSend('refresh')]);
    expect(unhandledClientEvent.find(result)).toEqual([
      {
        checkId: 'unhandled-client-event',
        event: { name: 'refresh', direction: 'client-to-server' },
        location: { file: JS, line: 50, column: 22 },
        relatedLocations: [],
        arguments: { siteCount: 1 },
      },
    ]);
  });
});

describe('dead-client-handler', () => {
  it('reports a backend handler for a message the frontend never sends', () => {
    const result = resultOf([serverHandler('leave', { file: APP, line: 77, column: 14, namespace: '/chat' }), clientSend('join'), serverHandler('join')]);
    expect(deadClientHandler.find(result)).toEqual([
      {
        checkId: 'dead-client-handler',
        event: { name: 'leave', direction: 'client-to-server', namespace: '/chat' },
        location: { file: APP, line: 77, column: 14 },
        relatedLocations: [],
        arguments: { siteCount: 1 },
      },
    ]);
  });
});
