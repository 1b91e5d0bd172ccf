import type { Node } from 'web-tree-sitter';
import { opensScope, outsideChildren, SCOPE_OPENING_TYPES } from './syntax-tree.js';

/**
 * A node the walk fetched, with its type read once. Its end is read only where it matters (a
 * node starting where the walked root does, a definition to step over): nodes nest, so a node
 * that starts inside the root ends inside it.
 */
interface FetchedNode {
  node: Node;
  type: string;
  startIndex: number;
}

/**
 * `forEachInScope` for a pass that only looks at a few node types, over a whole tree. Visiting
 * every node through web-tree-sitter's bindings costs a call into WebAssembly and a new JS object
 * per node; here one `descendantsOfType` call fetches the wanted nodes of the tree (and those that
 * open scopes), in document order, and each scope is walked over that list by offsets.
 */
export class ScopeWalk {
  private readonly nodes: FetchedNode[];
  private readonly wantedTypes: ReadonlySet<string>;

  constructor(root: Node, wantedTypes: readonly string[]) {
    this.wantedTypes = new Set(wantedTypes);
    this.nodes = root
      .descendantsOfType([...wantedTypes, ...SCOPE_OPENING_TYPES])
      .filter((node): node is Node => node !== null)
      .map((node) => ({ node, type: node.type, startIndex: node.startIndex }))
      // `descendantsOfType` matches by name, so the `lambda` keyword comes along with the expression.
      .filter((fetched) => fetched.type !== 'lambda' || fetched.node.isNamed);
  }

  /**
   * Visits the wanted nodes under `root` that belong to its scope, as `visit(root)` followed by
   * `forEachInScope(root, visit)` does: `root` itself, then its descendants, where definitions are
   * visited but not entered (their decorators, base classes and defaults are).
   */
  forEachInScope(root: Node, visit: (node: Node, type: string) => void): void {
    const start = root.startIndex;
    const end = root.endIndex;
    let index = this.firstStartingAt(start);
    while (index < this.nodes.length) {
      const fetched = this.nodes[index] as FetchedNode;
      const isRoot = fetched.node.id === root.id;
      if (!isRoot && fetched.startIndex >= end) return;
      if (!isRoot && fetched.startIndex === start && fetched.node.endIndex > end) {
        index += 1; // a node around `root` that starts where it does
        continue;
      }
      if (this.wantedTypes.has(fetched.type)) visit(fetched.node, fetched.type);
      if (!isRoot && opensScope(fetched.node, fetched.type)) {
        outsideChildren(fetched.node).forEach((part) => this.forEachInScope(part, visit));
        index = this.nextOutside(index);
      } else {
        index += 1;
      }
    }
  }

  private firstStartingAt(startIndex: number): number {
    let low = 0;
    let high = this.nodes.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.nodes[middle] as FetchedNode).startIndex < startIndex) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** The index of the first fetched node after the one at `index` and its descendants. */
  private nextOutside(index: number): number {
    const end = (this.nodes[index] as FetchedNode).node.endIndex;
    let next = index + 1;
    while (next < this.nodes.length && (this.nodes[next] as FetchedNode).startIndex < end) next += 1;
    return next;
  }
}
