import type { ScanResult } from '../model/result.js';
import type { ReportOptions } from './report-options.js';

export type Reporter = (result: ScanResult, options: ReportOptions) => string;

export const REPORT_FORMATS = ['terminal', 'markdown', 'json', 'sarif', 'github', 'html'] as const;

export type ReportFormat = (typeof REPORT_FORMATS)[number];

/**
 * Each format's reporter module, imported only when that format is asked for: a scan then loads
 * one reporter instead of six, and chalk and cli-table3 only for the terminal report.
 */
const REPORTER_LOADERS: Readonly<Record<ReportFormat, () => Promise<Reporter>>> = {
  terminal: async () => (await import('./terminal.js')).renderTerminal,
  markdown: async () => (await import('./markdown.js')).renderMarkdown,
  json: async () => (await import('./json.js')).renderJson,
  sarif: async () => (await import('./sarif.js')).renderSarif,
  github: async () => (await import('./github.js')).renderGithub,
  html: async () => (await import('./html.js')).renderHtml,
};

/** The reporter of one format, loaded on first use. */
export function loadReporter(format: ReportFormat): Promise<Reporter> {
  return REPORTER_LOADERS[format]();
}
