import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/run-cli.js';
import { makeTempTree } from '../helpers/temp-tree.js';

/** Resolves once `text` has appeared in what the process printed; rejects after `ms`. */
function waitFor(output: { text: string }, text: string, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = setInterval(() => {
      if (output.text.includes(text)) {
        clearInterval(poll);
        resolve();
      } else if (Date.now() - started > ms) {
        clearInterval(poll);
        reject(new Error(`did not print ${JSON.stringify(text)}; printed:\n${output.text}`));
      }
    }, 50);
  });
}

describe('ws-gap scan --watch', () => {
  it('reports a newly added handler as a fixed gap, and exits 0 on Ctrl-C', { timeout: 60_000 }, async () => {
    const copy = makeTempTree({});
    fs.cpSync(path.join(REPO_ROOT, 'fixtures/mlops-dashboard'), copy, { recursive: true });
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'bin/ws-gap.js'), 'scan', 'backend', 'static', '--watch'], {
      cwd: copy,
      env: { ...process.env, NO_COLOR: '1' },
    });
    const output = { text: '' };
    child.stdout.on('data', (chunk) => (output.text += chunk));
    child.stderr.on('data', (chunk) => (output.text += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

    await waitFor(output, 'Watching for changes', 20_000);
    expect(output.text).toContain('Frontend handles 18/20 server events (90%)');
    const page = path.join(copy, 'static/js/pages/monitoring.js');
    fs.appendFileSync(page, "\nwsManager.on('prediction_volume', (data) => console.log(data.total_predictions));\n");
    await waitFor(output, "- fixed: The backend sends 'prediction_volume', but no frontend code handles it.", 10_000);
    await waitFor(output, 'Frontend handles 19/20 server events (95%)', 5_000);

    child.kill('SIGINT');
    expect(await exited).toBe(0);
  });
});
