import { describe, expect, it } from 'vitest';
import { extractPython, lines } from './python-sources.js';

describe('python send sites: a helper that always sends one fixed name', () => {
  it('reports one site at the literal in the helper, called from every call of the helper', async () => {
    const { sites } = await extractPython({
      'app/activity.py': lines(
        'from app.ws_manager import manager',
        '',
        '',
        'async def log_activity_with_broadcast(user, action):',
        '    await manager.broadcast_json({',
        '        "type": "activity_update",',
        '        "user": user,',
        '        "action": action,',
        '    })',
      ),
      'app/routes.py': lines(
        'from app.activity import log_activity_with_broadcast',
        'import app.activity as activity',
        '',
        '',
        'async def upload(user):',
        '    await log_activity_with_broadcast(user, "upload")',
        '',
        '',
        'async def deploy(user):',
        '    await activity.log_activity_with_broadcast(user, "deploy")',
        '    await log_activity_with_broadcast(user, "deploy-again")',
      ),
    });
    expect(sites).toEqual([
      {
        file: 'app/activity.py',
        line: 6,
        column: 17,
        name: 'activity_update',
        dynamic: false,
        kind: 'send',
        scope: 'wire',
        side: 'backend',
        via: 'manager.broadcast_json',
        rule: 'python/websocket-dict',
        payloadKeys: ['action', 'user'],
        enclosingFunction: 'log_activity_with_broadcast',
        calledFrom: [
          { file: 'app/routes.py', line: 6, column: 11 },
          { file: 'app/routes.py', line: 10, column: 11 },
          { file: 'app/routes.py', line: 11, column: 11 },
        ],
      },
    ]);
  });

  it('leaves calledFrom off functions that send several names', async () => {
    const { sites } = await extractPython({
      'app/simulate.py': lines(
        'async def simulate(ws):',
        '    await ws.send_json({"type": "started"})',
        '    await ws.send_json({"type": "finished"})',
        '',
        'async def start(ws):',
        '    await simulate(ws)',
      ),
    });
    expect(sites.map((site) => [site.name, site.calledFrom])).toEqual([
      ['started', undefined],
      ['finished', undefined],
    ]);
  });
});
