import { Worker } from 'node:worker_threads';
import type { ExtractionResult, ExtractionUnit, ExtractOptions } from '../extractor.js';
import type { WorkerReply, WorkerTask } from './extract-worker.js';
import { textLength, unitOptions } from './unit-helpers.js';

/**
 * Runs `extractSites` on each unit in `size` worker threads. The biggest units go first, so no
 * thread is left with a big one at the end; results come back in the units' order.
 */
export async function extractInWorkers(
  script: URL,
  units: readonly ExtractionUnit[],
  options: ExtractOptions,
  size: number,
): Promise<ExtractionResult[]> {
  const results: ExtractionResult[] = [];
  const queue = biggestFirst(units);
  const workers = Array.from({ length: size }, () => new Worker(script));
  try {
    await Promise.all(
      workers.map(async (worker) => {
        for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
          const unit = units[next];
          if (unit) results[next] = await runTask(worker, { sources: unit.sources, options: unitOptions(unit, options) });
        }
      }),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}

function biggestFirst(units: readonly ExtractionUnit[]): number[] {
  const sizes = units.map(textLength);
  return units.map((_, index) => index).sort((a, b) => (sizes[b] ?? 0) - (sizes[a] ?? 0) || a - b);
}

function runTask(worker: Worker, task: WorkerTask): Promise<ExtractionResult> {
  return new Promise((resolve, reject) => {
    const settle = (outcome: () => void) => {
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      outcome();
    };
    const onMessage = (reply: WorkerReply) => settle(() => (reply.ok ? resolve(reply.result) : reject(workerError(reply))));
    const onError = (error: Error) => settle(() => reject(error));
    const onExit = (code: number) => settle(() => reject(new Error(`an extraction worker stopped (exit code ${code})`)));
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage(task);
  });
}

/** The worker's exception, with its own stack (shown with `--debug`). */
function workerError(reply: Extract<WorkerReply, { ok: false }>): Error {
  const error = new Error(reply.message);
  if (reply.stack !== undefined) error.stack = reply.stack;
  return error;
}
