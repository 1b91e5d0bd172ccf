import { spawn } from 'node:child_process';
import { PEAK_RSS_MARK } from './tools.mjs';

/**
 * Runs a command to completion and measures its wall time; stdout is kept only when asked (a
 * report can be megabytes). Never rejects: a failed start is an exit code of -1.
 */
export function timeRun(command, args, { cwd, keepOutput = false }) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { cwd, stdio: ['ignore', keepOutput ? 'pipe' : 'ignore', 'pipe'] });
    const stdout = [];
    let stderr = '';
    child.stdout?.on('data', (chunk) => stdout.push(chunk));
    child.stderr.on('data', (chunk) => {
      stderr = (stderr + chunk.toString()).slice(-64_000);
    });
    const finish = (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const mark = stderr.lastIndexOf(PEAK_RSS_MARK);
      const peakRssKb = mark < 0 ? undefined : Number.parseInt(stderr.slice(mark + PEAK_RSS_MARK.length), 10);
      resolve({ seconds, code, peakRssKb, stdout: keepOutput ? Buffer.concat(stdout).toString('utf8') : undefined, stderr });
    };
    child.on('error', () => finish(-1));
    child.on('close', (code) => finish(code ?? -1));
  });
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
