import { describe, expect, it } from 'vitest';
import { dynamicName } from '../../../src/analyze/checks/dynamic-name.js';
import { clientHandler, clientSend, serverHandler, serverSend } from '../../helpers/make-site.js';
import { resultOf } from './scan-result.js';

const APP = 'backend/app.py';
const JS = 'static/app.js';

describe('dynamic-name', () => {
  it('reports a dynamic send site, not the literal handler its pattern covers', () => {
    const result = resultOf([
      serverSend('training_*', { dynamic: true, file: APP, line: 296, column: 43 }),
      clientHandler('training_started', { file: JS, line: 32, column: 22 }),
    ]);
    expect(dynamicName.find(result)).toEqual([
      {
        checkId: 'dynamic-name',
        event: { name: 'training_*', direction: 'server-to-client' },
        location: { file: APP, line: 296, column: 43 },
        relatedLocations: [],
        arguments: { kind: 'send', side: 'backend', otherSide: 'frontend', matched: true },
      },
    ]);
  });

  it('reports a dynamic handler, not the literal sends it covers, and says when nothing matches', () => {
    const result = resultOf([
      serverSend('terminal:open', { file: APP, line: 10, column: 20 }),
      clientHandler('terminal:*', { dynamic: true, file: JS, line: 7, column: 9 }),
      clientHandler('job_*', { dynamic: true, file: JS, line: 3, column: 9 }),
    ]);
    expect(dynamicName.find(result).map((finding) => [finding.event?.name, finding.location.line, finding.arguments])).toEqual([
      ['job_*', 3, { kind: 'handle', side: 'frontend', otherSide: 'backend', matched: false }],
      ['terminal:*', 7, { kind: 'handle', side: 'frontend', otherSide: 'backend', matched: true }],
    ]);
  });

  it('reports client→server and client-local dynamic sites with their sides', () => {
    const result = resultOf([
      clientSend('cmd_*', { dynamic: true, line: 4 }),
      serverHandler('op_*', { dynamic: true, line: 6 }),
      clientSend('state_*', { dynamic: true, scope: 'local', line: 8 }),
    ]);
    expect(dynamicName.find(result).map((finding) => [finding.event?.direction, finding.event?.name, finding.arguments.side, finding.arguments.otherSide])).toEqual([
      ['client-to-server', 'cmd_*', 'frontend', 'backend'],
      ['client-to-server', 'op_*', 'backend', 'frontend'],
      ['client-local', 'state_*', 'frontend', 'frontend'],
    ]);
  });

  it('leaves catch-all handlers out: they receive every name on purpose', () => {
    const result = resultOf([serverSend('a'), clientHandler('*', { dynamic: true, catchAll: true, via: 'socket.onAny' })]);
    expect(dynamicName.find(result)).toEqual([]);
  });

  it('relates where a helper that sends a computed name is called from', () => {
    const calledFrom = [{ file: APP, line: 80, column: 5 }];
    const result = resultOf([serverSend('*', { dynamic: true, file: APP, line: 12, column: 24, calledFrom })]);
    expect(dynamicName.find(result).map((finding) => finding.relatedLocations)).toEqual([
      [{ file: APP, line: 80, column: 5, label: 'called-from' }],
    ]);
  });
});
