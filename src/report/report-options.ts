import type { SnippetSource } from './html-code-snippet.js';

/** What the CLI decides for every reporter; each reporter reads what concerns it. */
export interface ReportOptions {
  /** Whether the output may contain ANSI colour codes. Decided by the CLI, never by a reporter. */
  color: boolean;
  /** Show events a `ws-gap-ignore` comment silences (the terminal hides them by default). */
  showSuppressed?: boolean;
  /** Markdown: Mermaid flowcharts of the event flow (default true; `--no-mermaid` turns them off). */
  mermaid?: boolean;
  /** HTML: the code around each site (see `collectSnippets`); without it the report shows locations only. */
  snippets?: SnippetSource;
}
