import type { Node } from './ast.js';

/**
 * Where each line of a file starts, as Babel counted its lines: learnt from the nodes' own
 * locations, so that those (a third of a tree's memory) can be dropped and every node's line and
 * column still read exactly as Babel gave them.
 */
export class LineStarts {
  /** `starts[line - 1]`: the offset of the line's first character. */
  private readonly starts: number[] = [];

  /** Learns the line `node` starts on; call it for every node before `seal`. */
  record(node: Node): void {
    const start = node.loc?.start;
    if (start) this.starts[start.line - 1] = start.index - start.column;
  }

  /**
   * Gives a line no node starts on the start of the next known line: a search for an offset of a
   * recorded node then stops on that node's own line, never on one of these.
   */
  seal(): void {
    for (let i = this.starts.length - 2; i >= 0; i--) this.starts[i] ??= this.starts[i + 1] as number;
  }

  /** 1-based line and column (UTF-16 code units) of a node's start. */
  startOf(node: Node): { line: number; column: number } {
    const offset = node.start ?? 0;
    let low = 0;
    let high = this.starts.length - 1;
    // The last line starting at or before `offset`.
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.starts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (this.starts[low] ?? 0) + 1 };
  }
}
