import { describe, expect, it } from 'vitest';
import { brief, extractPython, lines } from './python-sources.js';

const emitters = lines(
  'import functools',
  '',
  '',
  'def make_emitter(ws):',
  '    async def emit(evt):',
  '        await ws.send_json(evt)',
  '    return emit',
  '',
  '',
  'async def send_event(ws, event, data):',
  '    await ws.send_json({"type": event, "data": data})',
  '',
  '',
  'def make_sender(ws):',
  '    return functools.partial(send_event, ws)',
);

describe('python send sites: emitter closures', () => {
  it('follows a factory closure through variables, parameters, dict entries, attributes and partials', async () => {
    const { sites } = await extractPython({
      'app/emitters.py': emitters,
      'app/main.py': lines(
        'from app.emitters import make_emitter, make_sender',
        '',
        '',
        'async def run_tool(event_emitter):',
        '    await event_emitter({"type": "status", "done": False})',
        '',
        '',
        'async def run_pipe(__event_emitter__=None):',
        '    await __event_emitter__({"type": "citation"})',
        '',
        '',
        'async def run_ctx(ctx):',
        '    await ctx["emit"]({"type": "chat_delta"})',
        '',
        '',
        'class Job:',
        '    def __init__(self, ws):',
        '        self.emit_fn = make_emitter(ws)',
        '',
        '    async def finish(self):',
        '        await self.emit_fn({"type": "job_done"})',
        '',
        '',
        'async def endpoint(ws):',
        '    emit = make_emitter(ws)',
        '    await emit({"type": "hello"})',
        '    await run_tool(emit)',
        '    await run_pipe(__event_emitter__=make_emitter(ws))',
        '    await run_ctx({"emit": emit})',
        '    send = make_sender(ws)',
        '    await send("progress", {"pct": 5})',
      ),
    });
    const main = sites.filter((site) => site.file === 'app/main.py').map(brief);
    const send = (name: string, line: number, column: number, via: string) => ({
      name,
      dynamic: false,
      kind: 'send',
      line,
      column,
      via,
    });
    expect(main).toEqual([
      send('status', 5, 34, 'event_emitter'),
      send('citation', 9, 38, '__event_emitter__'),
      send('chat_delta', 13, 32, 'ctx["emit"]'),
      send('job_done', 21, 37, 'self.emit_fn'),
      send('hello', 26, 25, 'emit'),
      send('progress', 31, 16, 'send'),
    ]);
    const helper = sites.filter((site) => site.file === 'app/emitters.py');
    expect(helper).toEqual([]);
  });

  it('makes no site when a closure is never called with a message or a caller passes an unknown emitter', async () => {
    const { sites } = await extractPython({
      'app/main.py': lines(
        'import logging',
        '',
        'def make_emitter(ws):',
        '    async def emit(evt):',
        '        await ws.send_json(evt)',
        '    return emit',
        '',
        '',
        'def make_logger():',
        '    def log(msg):',
        '        logging.info(msg)',
        '    return log',
        '',
        '',
        'async def tool(event_emitter):',
        '    await event_emitter({"type": "status"})',
        '',
        '',
        'async def endpoint(ws, external):',
        '    emit = make_emitter(ws)',
        '    await emit("plain text")',
        '    log = make_logger()',
        '    log({"type": "not_sent"})',
        '    await tool(emit)',
        '    await tool(external)',
      ),
    });
    expect(sites.map(brief)).toEqual([]);
  });
});

describe('python send sites: emitter lambdas', () => {
  it('follows a lambda returned by a factory or bound to a name', async () => {
    const { sites } = await extractPython({
      'app/main.py': lines(
        'def make_emitter(ws):',
        '    return lambda evt: ws.send_json(evt)',
        '',
        '',
        'async def endpoint(ws):',
        '    emit = make_emitter(ws)',
        '    await emit({"type": "from_factory"})',
        '    notify = lambda kind: ws.send_json({"type": kind})',
        '    await notify("from_lambda")',
      ),
    });
    expect(sites.map(brief)).toEqual([
      { name: 'from_factory', dynamic: false, kind: 'send', line: 7, column: 25, via: 'emit' },
      { name: 'from_lambda', dynamic: false, kind: 'send', line: 9, column: 18, via: 'notify' },
    ]);
  });
});
