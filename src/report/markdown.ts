import type { ScanResult } from '../model/result.js';
import { detailedAnalysis } from './markdown-analysis.js';
import { testingChecklist } from './markdown-checklist.js';
import { contractSection } from './markdown-contract.js';
import { markdownContext, type MarkdownContext } from './markdown-context.js';
import { otherEventStatus } from './markdown-other-events.js';
import { recommendations } from './markdown-recommendations.js';
import { serverEventStatus } from './markdown-status.js';
import { conclusion, executiveSummary } from './markdown-summary.js';
import { eventFlowDiagrams } from './mermaid.js';
import type { ReportOptions } from './report-options.js';

/**
 * The gap analysis as a Markdown document, laid out like the hand-written reference report
 * (shared/reference/WEBSOCKET_GAP_ANALYSIS.md). Markdown has no colour, so `color` changes nothing.
 */
export function renderMarkdown(result: ScanResult, options: ReportOptions): string {
  const context = markdownContext(result);
  const blocks = [
    ['# WebSocket Event Gap Analysis'],
    ...executiveSummary(context),
    ...implementationStatus(context, options.mermaid ?? true),
    ...contractSection(context),
    ...detailedAnalysis(context),
    ...recommendations(context),
    ...testingChecklist(context),
    ...conclusion(context),
  ];
  return `${blocks.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}

function implementationStatus(context: MarkdownContext, mermaid: boolean): string[][] {
  const sections = [...serverEventStatus(context), ...otherEventStatus(context)];
  const diagrams = mermaid ? eventFlowDiagrams(context) : [];
  return [['## Implementation Status'], ...diagrams, ...(sections.length === 0 ? [['No WebSocket events were found.']] : sections)];
}
