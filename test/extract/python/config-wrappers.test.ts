import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/extract/extractor.js';
import { pythonExtractor } from '../../../src/extract/python/index.js';
import type { Site } from '../../../src/model/site.js';
import { lines, pythonFiles } from './python-sources.js';

const WRAPPERS: ExtractOptions = {
  emitters: ['publish_event', 'app.realtime.push'],
  listeners: ['on_client_event'],
};

async function wrapperSites(sources: Record<string, string>, options: ExtractOptions = WRAPPERS): Promise<Site[]> {
  const { sites, skipped } = await pythonExtractor.extract(pythonFiles(sources), options);
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

const RULE = 'python/config-wrapper';

describe('python config wrappers: emitters', () => {
  it('matches bare names and member chains by their last segments, with the payload of a dict second argument', async () => {
    const sites = await wrapperSites({
      'app/jobs.py': lines(
        'from corp.realtime import publish_event, app, realtime',
        '',
        'class Jobs:',
        '    def finish(self, job, data):',
        '        publish_event("job_done", {"id": job.id, "result": {"ok": True}})',
        '        self.bus.publish_event("job_progress", data)',
        '        app.realtime.push("pushed", {"count": 1})',
        '        self.app.realtime.push("pushed_again")',
        '        realtime.push("not_a_wrapper", {})',
        '        republish_event("not_a_wrapper_either")',
      ),
    });
    expect(sites.map(wrapperBrief)).toEqual([
      { line: 5, column: 23, kind: 'send', name: 'job_done', via: 'publish_event', rule: RULE, payloadKeys: ['id', 'result', 'result.ok'] },
      { line: 6, column: 32, kind: 'send', name: 'job_progress', via: 'self.bus.publish_event', rule: RULE },
      { line: 7, column: 27, kind: 'send', name: 'pushed', via: 'app.realtime.push', rule: RULE, payloadKeys: ['count'] },
      { line: 8, column: 32, kind: 'send', name: 'pushed_again', via: 'self.app.realtime.push', rule: RULE },
    ]);
    expect(sites[0]).toMatchObject({ file: 'app/jobs.py', side: 'backend', scope: 'wire', enclosingFunction: 'Jobs.finish' });
  });

  it('resolves constants and enums across modules, at the argument', async () => {
    const sites = await wrapperSites({
      'app/events.py': lines(
        'from enum import Enum',
        '',
        'class Events(str, Enum):',
        '    DONE = "job_done"',
        '',
        'FAILED = "job_failed"',
      ),
      'app/main.py': lines(
        'from app.events import Events, FAILED',
        'from app import events',
        'from corp.bus import publish_event',
        '',
        'publish_event(Events.DONE, {})',
        'publish_event(Events.DONE.value)',
        'publish_event(events.FAILED)',
        'publish_event(FAILED)',
      ),
    });
    expect(sites.map(wrapperBrief)).toEqual([
      { line: 5, column: 15, kind: 'send', name: 'job_done', via: 'publish_event', rule: RULE, payloadKeys: [] },
      { line: 6, column: 15, kind: 'send', name: 'job_done', via: 'publish_event', rule: RULE },
      { line: 7, column: 15, kind: 'send', name: 'job_failed', via: 'publish_event', rule: RULE },
      { line: 8, column: 15, kind: 'send', name: 'job_failed', via: 'publish_event', rule: RULE },
    ]);
  });

  it('reports names it cannot resolve as globs, never dropping the call', async () => {
    const sites = await wrapperSites({
      'app/main.py': lines(
        'from corp.bus import publish_event',
        '',
        'def run(job, kind, args):',
        '    publish_event(f"job_{job.id}_done")',
        '    publish_event(compute_name(job))',
        '    publish_event(*args)',
      ),
    });
    expect(sites.map(wrapperBrief)).toEqual([
      { line: 4, column: 19, kind: 'send', name: 'job_*_done', via: 'publish_event', rule: RULE, dynamic: true },
      { line: 5, column: 19, kind: 'send', name: '*', via: 'publish_event', rule: RULE, dynamic: true },
      { line: 6, column: 19, kind: 'send', name: '*', via: 'publish_event', rule: RULE, dynamic: true },
    ]);
  });

  it('follows a scanned helper that forwards its parameters to the wrapper, to the calls with the names', async () => {
    const sites = await wrapperSites({
      'app/notify.py': lines(
        'from corp.bus import publish_event',
        '',
        'def notify(event, payload):',
        '    publish_event(event, payload)',
      ),
      'app/main.py': lines(
        'from app.notify import notify',
        '',
        'notify("user_joined", {"user": 1})',
        'notify(payload={"room": 2}, event="room_closed")',
      ),
    });
    expect(sites.map(wrapperBrief)).toEqual([
      { line: 3, column: 8, kind: 'send', name: 'user_joined', via: 'notify', rule: RULE, payloadKeys: ['user'] },
      { line: 4, column: 35, kind: 'send', name: 'room_closed', via: 'notify', rule: RULE, payloadKeys: ['room'] },
    ]);
    expect(sites[0]?.file).toBe('app/main.py');
  });
});

describe('python config wrappers: listeners', () => {
  it('makes handle sites with what the handler reads from its first parameter', async () => {
    const sites = await wrapperSites({
      'app/handlers.py': lines(
        'from corp.bus import on_client_event',
        'from app.events import JOIN',
        '',
        'def handle_join(data):',
        '    return data["room"], data.get("user")',
        '',
        'class Chat:',
        '    def on_leave(self, message):',
        '        print(message["room"])',
        '',
        '    def register(self):',
        '        self.bus.on_client_event("leave", self.on_leave)',
        '',
        'on_client_event(JOIN, handle_join)',
        'on_client_event("ping", lambda data: None)',
        '',
        '@on_client_event("typing")',
        'def handle_typing(payload):',
        '    return payload["who"]',
      ),
      'app/events.py': lines('JOIN = "join"'),
    });
    expect(sites.map(wrapperBrief)).toEqual([
      { line: 12, column: 34, kind: 'handle', name: 'leave', via: 'self.bus.on_client_event', rule: RULE, fieldsRead: ['room@9:23'] },
      { line: 14, column: 17, kind: 'handle', name: 'join', via: 'on_client_event', rule: RULE, fieldsRead: ['room@5:17', 'user@5:35'] },
      { line: 15, column: 17, kind: 'handle', name: 'ping', via: 'on_client_event', rule: RULE },
      { line: 17, column: 18, kind: 'handle', name: 'typing', via: 'on_client_event', rule: RULE, fieldsRead: ['who@19:20'] },
    ]);
  });

  it('reports a name the enclosing function receives as a `*` site', async () => {
    const sites = await wrapperSites({
      'app/subscribe.py': lines(
        'from corp.bus import on_client_event',
        '',
        'def subscribe(name, fn):',
        '    on_client_event(name, fn)',
      ),
    });
    expect(sites.map(wrapperBrief)).toEqual([
      { line: 4, column: 21, kind: 'handle', name: '*', via: 'on_client_event', rule: RULE, dynamic: true },
    ]);
  });
});

describe('python config wrappers: calls other rules recognise', () => {
  const server = lines(
    'import socketio',
    '',
    'sio = socketio.AsyncServer()',
    '',
    'async def notify(event, data):',
    '    await sio.emit(event, data)',
    '',
    '@sio.on("join")',
    'async def join(sid, data):',
    '    await sio.emit("joined", {"room": data["room"]})',
    '    await notify("left", {})',
    '',
    'sio.on("leave", join)',
  );

  it('keeps one site, the framework rule\'s, where a wrapper name also matches it', async () => {
    const plain = await wrapperSites({ 'app/server.py': server }, { emitters: [], listeners: [] });
    const wrapped = await wrapperSites(
      { 'app/server.py': server },
      { emitters: ['emit', 'sio.emit', 'notify'], listeners: ['on', 'sio.on'] },
    );
    expect(wrapped).toEqual(plain);
    expect(wrapped.map(wrapperBrief)).toEqual([
      { line: 8, column: 9, kind: 'handle', name: 'join', via: '@sio.on', rule: 'python/python-socketio', fieldsRead: ['room@10:44'] },
      { line: 10, column: 20, kind: 'send', name: 'joined', via: 'sio.emit', rule: 'python/python-socketio', payloadKeys: ['room'] },
      { line: 11, column: 18, kind: 'send', name: 'left', via: 'notify', rule: 'python/python-socketio', payloadKeys: [] },
      { line: 13, column: 8, kind: 'handle', name: 'leave', via: 'sio.on', rule: 'python/python-socketio', fieldsRead: ['room@10:44'] },
    ]);
  });

  it('finds no wrapper sites without options', async () => {
    const { sites } = await pythonExtractor.extract(
      pythonFiles({ 'app/main.py': lines('publish_event("job_done", {})', 'on_client_event("join", print)') }),
    );
    expect(sites).toEqual([]);
  });
});
