import type { ScanResult } from '../model/result.js';

/** The versioned JSON contract (see README, "JSON output"). */
export function renderJson(result: ScanResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
