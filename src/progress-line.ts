import type { ScanProgress } from './index.js';

/** A scan shorter than this shows no progress at all. */
const SHOW_AFTER_MS = 1000;

export interface ProgressLine {
  update(progress: ScanProgress): void;
  /** Clears the line, so the report starts on a clean one. */
  finish(): void;
}

/**
 * One line on a terminal's stderr, rewritten in place (`ws-gap: read 1200/10000 files`), shown
 * only once the scan has taken a second. Never used when stderr is not a terminal.
 */
export function createProgressLine(stream: NodeJS.WriteStream, now: () => number = Date.now): ProgressLine {
  const started = now();
  let shown = false;
  return {
    update(progress) {
      if (now() - started < SHOW_AFTER_MS) return;
      shown = true;
      const text = progress.stage === 'reading' ? `read ${progress.done}/${progress.total} files` : `analysing ${progress.files} files...`;
      stream.write(`\r\u001b[2Kws-gap: ${text}`);
    },
    finish() {
      if (shown) stream.write('\r\u001b[2K');
    },
  };
}
