import { describe, expect, it } from 'vitest';
import { extractPython, lines } from './python-sources.js';

describe('python send sites: dict literal at the sink', () => {
  it('reads the type value, the other keys and json.dumps, with every field of the site', async () => {
    const result = await extractPython({
      'app/jobs.py': lines(
        'import json',
        '',
        'async def notify(manager, job):',
        '    await manager.broadcast_json({"type": "job_done", "id": job.id, "status": "ok"})',
        '    await manager.send_text(json.dumps({"status": "x", "type": "job_logged"}))',
        '    await manager.broadcast_json(',
        '        {',
        '            "type": "multi_line",',
        '            **{"extra": 1},',
        '        }',
        '    )',
      ),
    });
    const common = {
      file: 'app/jobs.py',
      dynamic: false,
      kind: 'send',
      scope: 'wire',
      side: 'backend',
      rule: 'python/websocket-dict',
      enclosingFunction: 'notify',
    };
    expect(result).toEqual({
      skipped: [],
      sites: [
        { ...common, name: 'job_done', line: 4, column: 43, via: 'manager.broadcast_json', payloadKeys: ['id', 'status'] },
        { ...common, name: 'job_logged', line: 5, column: 64, via: 'manager.send_text', payloadKeys: ['status'] },
        { ...common, name: 'multi_line', line: 8, column: 21, via: 'manager.broadcast_json', payloadKeys: ['extra'] },
      ],
    });
  });

  it('adds the keys of spread dicts whose keys are known and of dict(...) calls', async () => {
    const { sites } = await extractPython({
      'app/tick.py': lines(
        'BASE = {"source": "worker"}',
        '',
        'async def push(ws):',
        '    extra = {"run": 1}',
        '    await ws.send_json({"type": "tick", **BASE, **extra})',
        '    await ws.send_json(dict(type="made", size=2))',
      ),
    });
    expect(sites.map((site) => [site.name, site.line, site.column, site.payloadKeys])).toEqual([
      ['tick', 5, 33, ['run', 'source']],
      ['made', 6, 34, ['size']],
    ]);
  });

  it('reports a site at module level without an enclosing function', async () => {
    const { sites } = await extractPython({ 'boot.py': lines('ws.send_json({"type": "boot"})') });
    expect(sites).toHaveLength(1);
    expect(sites[0]).toMatchObject({ name: 'boot', line: 1, column: 23, via: 'ws.send_json' });
    expect(sites[0]).not.toHaveProperty('enclosingFunction');
  });

  it('ignores messages without a type key and messages it cannot see', async () => {
    const { sites } = await extractPython({
      'app/misc.py': lines(
        'async def misc(ws, text, build):',
        '    await ws.send_json({"status": "ok"})',
        '    await ws.send_text(text.upper())',
        '    await ws.send_json(build())',
      ),
    });
    expect(sites).toEqual([]);
  });
});
