import { renderGithub } from './github.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import type { ReportFormat, Reporter } from './report-formats.js';
import { renderSarif } from './sarif.js';
import { renderTerminal } from './terminal.js';

export { loadReporter, REPORT_FORMATS, type ReportFormat, type Reporter } from './report-formats.js';

/**
 * Every reporter by format name, all loaded at once; each is a pure function of the result.
 * The CLI uses `loadReporter` instead, so that a scan loads only the reporter it prints with.
 */
export const REPORTERS: Readonly<Record<ReportFormat, Reporter>> = {
  terminal: renderTerminal,
  markdown: renderMarkdown,
  json: renderJson,
  sarif: renderSarif,
  github: renderGithub,
  html: renderHtml,
};
