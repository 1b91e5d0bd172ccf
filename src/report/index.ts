import type { ScanResult } from '../model/result.js';
import { renderGithub } from './github.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import type { ReportOptions } from './report-options.js';
import { renderSarif } from './sarif.js';
import { renderTerminal } from './terminal.js';

export type Reporter = (result: ScanResult, options: ReportOptions) => string;

export const REPORT_FORMATS = ['terminal', 'markdown', 'json', 'sarif', 'github', 'html'] as const;

export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Reporters by format name; each is a pure function of the result. */
export const REPORTERS: Readonly<Record<ReportFormat, Reporter>> = {
  terminal: renderTerminal,
  markdown: renderMarkdown,
  json: renderJson,
  sarif: renderSarif,
  github: renderGithub,
  html: renderHtml,
};
