import { describe, expect, it } from 'vitest';
import { createPythonExtractor } from '../../../src/extract/python/index.js';
import type { PythonFramework } from '../../../src/extract/python/frameworks/index.js';
import { pythonFiles, lines } from './python-sources.js';

/** A framework whose sink takes the name as an argument, as Socket.IO's `emit` does. */
const emitFramework: PythonFramework = {
  id: 'test-emit',
  description: 'A made-up framework whose emit(name) sends the event name.',
  sendSinks: [{ methodNames: ['emit'], message: { argument: { position: 0 }, nameFrom: 'argument' } }],
};

describe('python frameworks are data', () => {
  it('follows a sink whose argument is the name itself, through helpers, under its own rule', async () => {
    const extractor = createPythonExtractor([emitFramework]);
    const { sites } = await extractor.extract(
      pythonFiles({
        'app/sio.py': lines(
          'async def notify(sio, event, data):',
          '    await sio.emit(event, data)',
          '',
          'async def run(sio, ws):',
          '    await sio.emit("quota", {"left": 1})',
          '    await notify(sio, "job_done", {})',
          '    await ws.send_json({"type": "not_this_framework"})',
        ),
      }),
    );
    expect(sites).toEqual([
      {
        file: 'app/sio.py',
        line: 5,
        column: 20,
        name: 'quota',
        dynamic: false,
        kind: 'send',
        scope: 'wire',
        side: 'backend',
        via: 'sio.emit',
        rule: 'python/test-emit',
        enclosingFunction: 'run',
      },
      {
        file: 'app/sio.py',
        line: 6,
        column: 23,
        name: 'job_done',
        dynamic: false,
        kind: 'send',
        scope: 'wire',
        side: 'backend',
        via: 'notify',
        rule: 'python/test-emit',
        enclosingFunction: 'run',
      },
    ]);
  });

  it('takes the side from the file', async () => {
    const extractor = createPythonExtractor([emitFramework]);
    const { sites } = await extractor.extract(
      pythonFiles({ 'client/bot.py': lines('sio.emit("hello")') }, 'frontend'),
    );
    expect(sites.map((site) => [site.name, site.side, site.line, site.column])).toEqual([['hello', 'frontend', 1, 10]]);
  });
});
