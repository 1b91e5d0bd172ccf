import { describe, expect, it } from 'vitest';
import { brief, extractPython, lines } from './python-sources.js';

describe('python send sites: a dict built first and sent later', () => {
  it('reports the type value in the dict literal and adds keys set later', async () => {
    const { sites } = await extractPython({
      'app/health.py': lines(
        'async def report(manager, svc):',
        '    msg = {"type": "health_change", "service": svc.name}',
        '    if svc.slow:',
        '        msg["latency_ms"] = svc.latency',
        '    msg.update({"checked_at": 1})',
        '    msg.update(region="eu")',
        '    await manager.broadcast_json(msg)',
      ),
    });
    expect(sites).toEqual([
      {
        file: 'app/health.py',
        line: 2,
        column: 20,
        name: 'health_change',
        dynamic: false,
        kind: 'send',
        scope: 'wire',
        side: 'backend',
        via: 'manager.broadcast_json',
        rule: 'python/websocket-dict',
        payloadKeys: ['checked_at', 'latency_ms', 'region', 'service'],
        enclosingFunction: 'report',
      },
    ]);
  });

  it('follows every branch that assigns the variable', async () => {
    const { sites } = await extractPython({
      'app/status.py': lines(
        'async def status(ws, ok):',
        '    if ok:',
        '        message = {"type": "job_ok"}',
        '    else:',
        '        message = {"type": "job_failed", "error": "x"}',
        '    await ws.send_json(message)',
      ),
    });
    expect(sites.map((site) => [site.name, site.line, site.column, site.payloadKeys])).toEqual([
      ['job_ok', 3, 28, []],
      ['job_failed', 5, 28, ['error']],
    ]);
  });

  it('only uses assignments made before the send', async () => {
    const { sites } = await extractPython({
      'app/order.py': lines(
        'async def order(ws):',
        '    msg = {"type": "first"}',
        '    await ws.send_json(msg)',
        '    msg = {"type": "never_sent"}',
      ),
    });
    expect(sites.map(brief)).toEqual([
      { name: 'first', dynamic: false, kind: 'send', line: 2, column: 20, via: 'ws.send_json' },
    ]);
  });
});
