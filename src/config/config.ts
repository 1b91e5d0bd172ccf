import type { CategoryRule } from '../analyze/categories.js';

/** What `ws-gap.config.json` may say. Every key is optional; command-line flags win. */
export interface WsGapConfig {
  backend?: string[];
  frontend?: string[];
  /** Globs of files to leave out, relative to each scan root. */
  exclude?: string[];
  includeTests?: boolean;
  /** Category name → event-name globs, in the order they are tried. */
  categories?: CategoryRule[];
}

export const CONFIG_FILE_NAME = 'ws-gap.config.json';
