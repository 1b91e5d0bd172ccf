import { describe, expect, it } from 'vitest';
import { handlerCode } from '../../src/fix/handler-stub.js';
import { handlerStyle } from '../../src/fix/handler-style.js';
import { stubTarget } from '../../src/fix/stub-target.js';
import { at, event } from '../report/make-result.js';

describe('stubTarget', () => {
  it('picks the file with most handlers of the category, its most used callable API, and lists those handlers once each', () => {
    const events = [
      event('a', { category: 'Jobs', handled: [at('static/jobs.js', 9, { via: 'switch (msg.type)' })] }),
      event('b', { category: 'Jobs', handled: [at('static/jobs.js', 4, { column: 12, via: 'bus.on' })] }),
      event('job_*', { category: 'Jobs', dynamic: true, handled: [at('static/jobs.js', 4, { column: 12, via: 'bus.on' })] }),
      event('c', { category: 'Chat', handled: [at('static/chat.js', 1), at('static/chat.js', 2)] }),
      event('new', { category: 'Jobs', status: 'unhandled' }),
    ];
    expect(stubTarget(events, events[4]!)).toEqual({
      file: 'static/jobs.js',
      via: 'bus.on',
      sites: [{ file: 'static/jobs.js', line: 4, column: 12 }],
    });
  });

  it('leaves out catch-all handlers, which are listed under every event they receive', () => {
    const catchAll = at('static/admin.js', 3, { via: 'socket.onAny', catchAll: true });
    const events = [
      event('a', { handled: [catchAll] }),
      event('b', { handled: [catchAll] }),
      event('c', { handled: [at('static/chat.js', 5, { via: 'socket.on' })] }),
      event('new', { status: 'unhandled' }),
    ];
    expect(stubTarget(events, events[3]!)?.file).toBe('static/chat.js');
  });
});

describe('handlerStyle', () => {
  it('tells listener calls, switches and comparisons on the type apart from what a stub cannot imitate', () => {
    expect(['wsManager.on', 'this.socket?.on', 'switch (msg.type)', 'data.type ===', 'msg.type.startsWith', 'handlers[msg.type]'].map(handlerStyle)).toEqual([
      { kind: 'listener', via: 'wsManager.on' },
      { kind: 'listener', via: 'this.socket?.on' },
      { kind: 'switch-case', via: 'switch (msg.type)', subject: 'msg' },
      { kind: 'if-type', via: 'data.type ===', subject: 'data' },
      undefined,
      undefined,
    ]);
  });
});

describe('handlerCode', () => {
  it('indents with the unit it is given', () => {
    const stub = handlerCode(event('new', { sent: [at('b.py', 3, { payloadKeys: ['id'] })] }), { kind: 'switch-case', via: 'switch (m.type)', subject: 'm' }, '\t');
    expect(stub).toEqual(["case 'new': {", '\t// Sent by b.py:3 with: id', "\tconsole.log('new', m.id);", '\tbreak;', '}']);
  });
});
