import fs from 'node:fs';
import { analyze, type ScanOptions } from '../index.js';
import type { ScanResult } from '../model/result.js';

export interface WatchCallbacks {
  /** Called after every scan with the new result and the previous one (undefined the first time). */
  onResult(result: ScanResult, previous: ScanResult | undefined): void | Promise<void>;
  onError(error: unknown): void;
}

/** Changes closer together than this make one re-scan (editors write a file in several steps). */
const DEBOUNCE_MS = 150;

/**
 * Scans, then scans again after each change under the roots, until `signal` aborts. Returns when
 * watching has stopped. Without a cache folder, what a scan found is kept in memory for the next,
 * so a change re-reads only the changed files and re-parses only their units.
 */
export async function watchScan(watched: ScanOptions & { roots: string[] }, callbacks: WatchCallbacks, signal: AbortSignal): Promise<void> {
  const options = { ...watched, cache: watched.cache ?? { memory: new Map<string, string>() } };
  let previous: ScanResult | undefined;
  let timer: NodeJS.Timeout | undefined;
  let scanning: Promise<void> = Promise.resolve();
  const rescan = () => {
    scanning = scanning.then(async () => {
      try {
        const result = await analyze(options);
        await callbacks.onResult(result, previous);
        previous = result;
      } catch (error) {
        callbacks.onError(error);
      }
    });
  };
  const watchers = options.roots.map((root) =>
    fs.watch(root, { recursive: true, signal }, () => {
      clearTimeout(timer);
      timer = setTimeout(rescan, DEBOUNCE_MS);
    }),
  );
  rescan();
  await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
  clearTimeout(timer);
  for (const watcher of watchers) watcher.close();
  await scanning;
}
