import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyFixes, planFixes, renderUnifiedDiff } from '../../src/fix/index.js';
import { analyze } from '../../src/index.js';
import { expectGolden } from '../helpers/golden.js';
import { REPO_ROOT } from '../helpers/run-cli.js';
import { makeTempTree } from '../helpers/temp-tree.js';

const FIXTURE = path.join(REPO_ROOT, 'fixtures/mlops-dashboard');

describe('ws-gap fix on the reference fixture', () => {
  it('plans the diff in test/golden/mlops-dashboard.fix.diff', async () => {
    const options = { backend: ['fixtures/mlops-dashboard/backend'], frontend: ['fixtures/mlops-dashboard/static'], cwd: REPO_ROOT };
    expectGolden('mlops-dashboard.fix.diff', renderUnifiedDiff(planFixes(await analyze(options), REPO_ROOT)));
  });

  it('adds handlers for the two missing events, after which everything is handled and a second run changes nothing', async () => {
    const root = makeTempTree({});
    fs.cpSync(FIXTURE, root, { recursive: true });
    const options = { backend: ['backend'], frontend: ['static'], cwd: root };
    const before = await analyze(options);
    expect(before.summary).toMatchObject({ unhandled: 2, coverage: 0.9 });

    const plan = planFixes(before, root);
    expect(plan.notes).toEqual([]);
    expect(applyFixes(plan, root)).toEqual({
      written: [
        { file: 'static/js/pages/data.js', events: ['model_deployed'] },
        { file: 'static/js/pages/monitoring.js', events: ['prediction_volume'] },
      ],
      failed: [],
    });

    const after = await analyze(options);
    expect(after.summary).toMatchObject({ serverEvents: 20, handled: 20, unhandled: 0, coverage: 1 });
    const handlers = after.events
      .filter((event) => event.name === 'model_deployed' || event.name === 'prediction_volume')
      .map(({ name, status, handled }) => ({ name, status, handled: handled.map(({ file, line, column }) => ({ file, line, column })) }));
    expect(handlers).toEqual([
      { name: 'model_deployed', status: 'handled', handled: [{ file: 'static/js/pages/data.js', line: 52, column: 22 }] },
      { name: 'prediction_volume', status: 'handled', handled: [{ file: 'static/js/pages/monitoring.js', line: 36, column: 22 }] },
    ]);
    expect(planFixes(after, root)).toEqual({ fixes: [], notes: [] });
  });
});
