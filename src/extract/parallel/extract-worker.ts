import { parentPort } from 'node:worker_threads';
import type { SourceFile } from '../../model/source-file.js';
import type { ExtractionResult, ExtractOptions } from '../extractor.js';
import { extractSites } from '../index.js';

/** One unit to extract, posted by the pool. */
export interface WorkerTask {
  sources: readonly SourceFile[];
  options: ExtractOptions;
}

export type WorkerReply = { ok: true; result: ExtractionResult } | { ok: false; message: string; stack?: string };

/** Entry point of an extraction worker thread: one task at a time, one reply per task. */
parentPort?.on('message', (task: WorkerTask) => {
  extractSites(task.sources, task.options).then(
    (result) => parentPort?.postMessage({ ok: true, result } satisfies WorkerReply),
    (error: unknown) => {
      const failure = error instanceof Error ? error : new Error(String(error));
      parentPort?.postMessage({ ok: false, message: failure.message, stack: failure.stack } satisfies WorkerReply);
    },
  );
});
