export interface ReportOptions {
  /** Whether the output may contain ANSI colour codes. Decided by the CLI, never by a reporter. */
  color: boolean;
}
