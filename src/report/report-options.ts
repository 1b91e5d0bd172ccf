export interface ReportOptions {
  /** Whether the output may contain ANSI colour codes. Decided by the CLI, never by a reporter. */
  color: boolean;
  /** Show events a `ws-gap-ignore` comment silences (the terminal hides them by default). */
  showSuppressed?: boolean;
}
