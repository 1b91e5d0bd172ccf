import { describe, expect, it } from 'vitest';
import { extractPython, lines } from './python-sources.js';

describe('python send sites: where names come from', () => {
  it('resolves constants and enum members across modules and turns the rest into patterns', async () => {
    const { sites } = await extractPython({
      'app/events.py': lines(
        'from enum import Enum',
        '',
        'CHART_DATA_EVENT = "chart_data"',
        '',
        '',
        'class EventType(str, Enum):',
        '    MODEL_DEPLOYED = "model_deployed"',
        '    JOB_COMPLETED = "job_completed"',
      ),
      'app/main.py': lines(
        'from app.events import CHART_DATA_EVENT, EventType',
        'from app import events',
        '',
        'LOCAL = "local_" + "constant"',
        '',
        '',
        'async def send_all(ws, phase, job):',
        '    await ws.send_json({"type": CHART_DATA_EVENT})',
        '    await ws.send_json({"type": EventType.MODEL_DEPLOYED.value})',
        '    await ws.send_json({"type": events.EventType.JOB_COMPLETED})',
        '    await ws.send_json({"type": f"training_{phase}"})',
        '    await ws.send_json({"type": "job_" + job.kind})',
        '    await ws.send_json({"type": "{}_done".format(job)})',
        '    await ws.send_json({"type": job.kind})',
        '    await ws.send_json({"type": LOCAL})',
        '    await ws.send_json({"type": f"{phase}:{job}"})',
      ),
    });
    expect(sites.map((site) => [site.file, site.line, site.column, site.name, site.dynamic])).toEqual([
      ['app/main.py', 8, 33, 'chart_data', false],
      ['app/main.py', 9, 33, 'model_deployed', false],
      ['app/main.py', 10, 33, 'job_completed', false],
      ['app/main.py', 11, 33, 'training_*', true],
      ['app/main.py', 12, 33, 'job_*', true],
      ['app/main.py', 13, 33, '*_done', true],
      ['app/main.py', 14, 33, '*', true],
      ['app/main.py', 15, 33, 'local_constant', false],
      ['app/main.py', 16, 33, '*:*', true],
    ]);
  });

  it('follows relative imports and re-exports from a package __init__', async () => {
    const { sites } = await extractPython({
      'pkg/__init__.py': lines('from .events import EventType as Ev'),
      'pkg/events.py': lines('from enum import Enum', '', 'class EventType(Enum):', '    DONE = "done"'),
      'pkg/jobs/worker.py': lines(
        'from .. import Ev',
        'from ..events import EventType',
        '',
        'async def work(ws):',
        '    await ws.send_json({"type": Ev.DONE.value})',
        '    await ws.send_json({"type": EventType.DONE})',
      ),
    });
    expect(sites.map((site) => [site.file, site.line, site.column, site.name, site.dynamic])).toEqual([
      ['pkg/jobs/worker.py', 5, 33, 'done', false],
      ['pkg/jobs/worker.py', 6, 33, 'done', false],
    ]);
  });

  it('reports each value a local variable can hold where that value is written', async () => {
    const { sites } = await extractPython({
      'app/variants.py': lines(
        'async def variants(ws, ok):',
        '    name = "ok_event" if ok else "fail_event"',
        '    await ws.send_json({"type": name})',
        '    for kind in ("first_kind", "second_kind"):',
        '        await ws.send_json({"type": kind})',
      ),
    });
    expect(sites.map((site) => [site.line, site.column, site.name])).toEqual([
      [2, 12, 'ok_event'],
      [2, 34, 'fail_event'],
      [4, 18, 'first_kind'],
      [4, 32, 'second_kind'],
    ]);
  });

  it('decodes escapes and keeps UTF-16 columns after non-ASCII text', async () => {
    const { sites } = await extractPython({
      'app/unicode.py': lines('async def u(ws):', '    await ws.send_json({"note": "😀é", "type": "caf\\u00e9"})'),
    });
    expect(sites.map((site) => [site.line, site.column, site.name])).toEqual([[2, 48, 'café']]);
  });
});
