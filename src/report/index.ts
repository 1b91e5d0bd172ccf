import type { ScanResult } from '../model/result.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import type { ReportOptions } from './report-options.js';
import { renderTerminal } from './terminal.js';

export type Reporter = (result: ScanResult, options: ReportOptions) => string;

/** Reporters by format name; each is a pure function of the result. */
export const REPORTERS = {
  terminal: renderTerminal,
  markdown: renderMarkdown,
  json: renderJson,
} satisfies Record<string, Reporter>;

export type ReportFormat = keyof typeof REPORTERS;

export const REPORT_FORMATS = Object.keys(REPORTERS) as ReportFormat[];
