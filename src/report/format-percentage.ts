/** Whole percent; nothing to handle counts as fully handled, as `summary.coverage` does. */
export function percentage(part: number, total: number): number {
  return total === 0 ? 100 : Math.round((part / total) * 100);
}
