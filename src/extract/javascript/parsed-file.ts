import type * as t from '@babel/types';

import type { SourceFile } from '../../model/source-file.js';
import { indexNodes, type Node } from './ast.js';
import { LineStarts } from './line-starts.js';
import { buildScopes, type ScopeTable } from './scope.js';

/** A JavaScript/TypeScript file after parsing, with what every later step needs to look things up. */
export class ParsedFile {
  /** Parsed as an ES module (has imports or exports); otherwise a classic script sharing globals. */
  readonly isModule: boolean;
  /** Every node of the program in source order, parents before children (for whole-file scans). */
  readonly nodes: readonly Node[];
  readonly parents: ReadonlyMap<Node, Node>;
  readonly scopes: ScopeTable;
  private readonly lines = new LineStarts();

  /** `text` is what Babel parsed: node offsets index into it. */
  constructor(
    readonly source: SourceFile,
    readonly ast: t.File,
    readonly text: string,
  ) {
    this.isModule = ast.program.sourceType === 'module';
    const index = indexNodes(ast.program);
    this.nodes = index.nodes;
    this.parents = index.parents;
    for (const node of this.nodes) this.lines.record(node);
    this.lines.seal();
    this.scopes = buildScopes(this);
  }

  /** 1-based line and column (UTF-16 code units) of the start of a node of this file. */
  startOf(node: Node): { line: number; column: number } {
    return this.lines.startOf(node);
  }

  /**
   * Frees the nodes' locations, a third of the tree's memory: this file's `startOf` does not need
   * them. Only for trees nothing reads through `ast.ts`'s `startOf` (`src/fix` does).
   */
  dropLocations(): void {
    for (const node of this.nodes) node.loc = null;
  }
}

/** The source text of a node, on one line (used for `via`). */
export function sourceText(file: ParsedFile, node: Node): string {
  return file.text.slice(node.start ?? 0, node.end ?? 0).replace(/\s+/g, ' ');
}
