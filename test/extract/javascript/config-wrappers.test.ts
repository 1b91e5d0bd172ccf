import { describe, expect, it } from 'vitest';

import type { ExtractOptions } from '../../../src/extract/extractor.js';
import { javascriptExtractor } from '../../../src/extract/javascript/index.js';
import type { Site } from '../../../src/model/site.js';
import { sourceFile, type Snippet } from './extract-sources.js';

const WRAPPERS: ExtractOptions = {
  emitters: ['notifyClients', 'app.realtime.push'],
  listeners: ['onServerEvent', 'useChannel'],
};

const RULE = 'javascript/config-wrapper';

async function wrapperSites(snippets: Snippet[], options: ExtractOptions = WRAPPERS): Promise<Site[]> {
  const { sites, skipped } = await javascriptExtractor.extract(snippets.map(sourceFile), options);
  expect(skipped).toEqual([]);
  return sites;
}

/** The fields the assertions compare; unset optional fields are left out. */
function wrapperBrief(site: Site): Record<string, unknown> {
  return {
    line: site.line,
    column: site.column,
    kind: site.kind,
    name: site.name,
    via: site.via,
    rule: site.rule,
    ...(site.dynamic ? { dynamic: true } : {}),
    ...(site.payloadKeys === undefined ? {} : { payloadKeys: site.payloadKeys }),
    ...(site.fieldsRead === undefined
      ? {}
      : { fieldsRead: site.fieldsRead.map((read) => `${read.field}@${read.line}:${read.column}`) }),
  };
}

describe('javascript config wrappers: emitters', () => {
  it('matches bare names and member chains by their last segments, with the keys of an object second argument', async () => {
    const text = [
      "import { notifyClients, app, realtime } from '@corp/realtime';",
      "notifyClients('job_done', { id: 1, result: { ok: true } });",
      "this.bus.notifyClients('job_progress', payload);",
      "app.realtime.push('pushed', { count: 1 });",
      "window.app?.realtime.push('pushed_again');",
      "realtime.push('not_a_wrapper', {});",
      "renotifyClients('not_a_wrapper_either');",
    ].join('\n');
    const sites = await wrapperSites([{ path: 'src/jobs.ts', text, side: 'backend' }]);
    expect(sites.map(wrapperBrief)).toEqual([
      { line: 2, column: 15, kind: 'send', name: 'job_done', via: 'notifyClients', rule: RULE, payloadKeys: ['id', 'result', 'result.ok'] },
      { line: 3, column: 24, kind: 'send', name: 'job_progress', via: 'this.bus.notifyClients', rule: RULE },
      { line: 4, column: 19, kind: 'send', name: 'pushed', via: 'app.realtime.push', rule: RULE, payloadKeys: ['count'] },
      { line: 5, column: 27, kind: 'send', name: 'pushed_again', via: 'window.app?.realtime.push', rule: RULE },
    ]);
    expect(sites[0]).toMatchObject({ file: 'src/jobs.ts', side: 'backend', scope: 'wire' });
  });

  it('resolves constants and enums across modules, at the argument', async () => {
    const events = [
      "export const Events = { DONE: 'job_done' } as const;",
      "export enum Channel { Progress = 'progress' }",
      "export const FAILED = 'job_failed';",
    ].join('\n');
    const main = [
      "import { Events, Channel, FAILED } from './events';",
      'notifyClients(Events.DONE);',
      'notifyClients(Channel.Progress);',
      'notifyClients(FAILED);',
    ].join('\n');
    const sites = await wrapperSites([{ path: 'src/events.ts', text: events }, { path: 'src/main.ts', text: main }]);
    expect(sites.map(wrapperBrief)).toEqual([
      { line: 2, column: 15, kind: 'send', name: 'job_done', via: 'notifyClients', rule: RULE },
      { line: 3, column: 15, kind: 'send', name: 'progress', via: 'notifyClients', rule: RULE },
      { line: 4, column: 15, kind: 'send', name: 'job_failed', via: 'notifyClients', rule: RULE },
    ]);
  });

  it('reports names it cannot resolve as globs, never dropping the call', async () => {
    const text = [
      'export function run(job, args) {',
      '  notifyClients(`job_${job.id}_done`);',
      '  notifyClients(nameOf(job));',
      '  notifyClients(...args);',
      '}',
    ].join('\n');
    const sites = await wrapperSites([{ path: 'src/run.js', text }]);
    expect(sites.map(wrapperBrief)).toEqual([
      { line: 2, column: 17, kind: 'send', name: 'job_*_done', via: 'notifyClients', rule: RULE, dynamic: true },
      { line: 3, column: 17, kind: 'send', name: '*', via: 'notifyClients', rule: RULE, dynamic: true },
      { line: 4, column: 17, kind: 'send', name: '*', via: 'notifyClients', rule: RULE, dynamic: true },
    ]);
  });

  it('follows a scanned helper that forwards its parameter to the wrapper, to the calls with the names', async () => {
    const helper = 'export function notify(event, data) { notifyClients(event, data); }';
    const main = ["import { notify } from './notify';", "notify('user_joined', { user: 1 });"].join('\n');
    const sites = await wrapperSites([{ path: 'src/notify.js', text: helper }, { path: 'src/main.js', text: main }]);
    expect(sites.map(wrapperBrief)).toEqual([{ line: 2, column: 8, kind: 'send', name: 'user_joined', via: 'notify', rule: RULE }]);
    expect(sites[0]?.file).toBe('src/main.js');
  });
});

describe('javascript config wrappers: listeners', () => {
  it('makes handle sites with what the handler reads from its first parameter', async () => {
    const text = [
      "import { JOIN } from './events';",
      'onServerEvent(JOIN, (data) => render(data.room, data?.user));',
      'useChannel(`room:${id}`, handleRoom);',
      'function handleRoom({ members }) { return members; }',
      "this.rt.onServerEvent('ping');",
      "onServerEvent('pong', handlers.pong);",
    ].join('\n');
    const events = "export const JOIN = 'join';";
    const sites = await wrapperSites([{ path: 'src/room.jsx', text }, { path: 'src/events.js', text: events }]);
    expect(sites.map(wrapperBrief)).toEqual([
      { line: 2, column: 15, kind: 'handle', name: 'join', via: 'onServerEvent', rule: RULE, fieldsRead: ['room@2:43', 'user@2:55'] },
      { line: 3, column: 12, kind: 'handle', name: 'room:*', via: 'useChannel', rule: RULE, dynamic: true, fieldsRead: ['members@4:23'] },
      { line: 5, column: 23, kind: 'handle', name: 'ping', via: 'this.rt.onServerEvent', rule: RULE },
      { line: 6, column: 15, kind: 'handle', name: 'pong', via: 'onServerEvent', rule: RULE },
    ]);
  });

  it('follows a registration helper to its callers, with the handlers they pass', async () => {
    const text = [
      'function subscribe(name, fn) { onServerEvent(name, fn); }',
      "subscribe('job_progress', (msg) => msg.percent);",
    ].join('\n');
    const sites = await wrapperSites([{ path: 'src/subscribe.js', text }]);
    expect(sites.map(wrapperBrief)).toEqual([
      { line: 2, column: 11, kind: 'handle', name: 'job_progress', via: 'subscribe', rule: RULE, fieldsRead: ['percent@2:40'] },
    ]);
  });
});

describe('javascript config wrappers: calls other rules recognise', () => {
  const client = [
    "import { io } from 'socket.io-client';",
    'const socket = io();',
    'export function notifyClients(event, data) { socket.emit(event, data); }',
    "socket.on('joined', (msg) => msg.room);",
    "socket.emit('join', { room: 1 });",
    "notifyClients('leave', { room: 1 });",
  ].join('\n');

  it("keeps one site, the framework rule's, where a wrapper name also matches it", async () => {
    const snippets = [{ path: 'src/client.js', text: client }];
    const plain = await wrapperSites(snippets, { emitters: [], listeners: [] });
    const wrapped = await wrapperSites(snippets, { emitters: ['emit', 'socket.emit', 'notifyClients'], listeners: ['on'] });
    expect(wrapped).toEqual(plain);
    expect(wrapped.map(wrapperBrief)).toEqual([
      { line: 4, column: 11, kind: 'handle', name: 'joined', via: 'socket.on', rule: 'javascript/socket-io', fieldsRead: ['room@4:34'] },
      { line: 5, column: 13, kind: 'send', name: 'join', via: 'socket.emit', rule: 'javascript/socket-io', payloadKeys: ['room'] },
      { line: 6, column: 15, kind: 'send', name: 'leave', via: 'notifyClients', rule: 'javascript/socket-io' },
    ]);
  });

  it("keeps the framework rule's site where a helper forwarding to a wrapper is also a socket call", async () => {
    const bus = [
      'class Bus {',
      '  on(name, fn) {}',
      '  emit(event, data) { notifyClients(event, data); }',
      '}',
      'export const bus = new Bus();',
      "bus.emit('saved', { id: 1 });",
    ].join('\n');
    const snippets = [{ path: 'src/bus.js', text: bus }];
    const plain = await wrapperSites(snippets, { emitters: [], listeners: [] });
    const wrapped = await wrapperSites(snippets);
    expect(wrapped).toEqual(plain);
    expect(wrapped.map(wrapperBrief)).toEqual([
      { line: 6, column: 10, kind: 'send', name: 'saved', via: 'bus.emit', rule: 'javascript/event-manager', payloadKeys: ['id'] },
    ]);
  });

  it('finds no wrapper sites without options', async () => {
    const { sites } = await javascriptExtractor.extract(
      [sourceFile({ path: 'src/a.js', text: "notifyClients('job_done', {}); onServerEvent('join', f);" })],
    );
    expect(sites).toEqual([]);
  });
});
