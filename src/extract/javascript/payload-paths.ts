import { isMember, memberName, unwrap, type FunctionNode, type Node } from './ast.js';
import type { ParsedFile } from './parsed-file.js';
import type { Project } from './project.js';
import type { Binding } from './scope.js';
import type { Located } from './trace.js';

/**
 * The value a property path starts from: a function's parameter (every binding destructured out
 * of it shares it), a variable that cannot be followed further, or any other expression.
 */
export type PathBase =
  | { kind: 'param'; fn: FunctionNode; index: number }
  | { kind: 'binding'; binding: Binding }
  | { kind: 'node'; node: Node };

/** An expression seen as `base` with the properties `path` read out of it: `msg.data.id` → msg, [data, id]. */
export interface RelativePath {
  base: PathBase;
  path: readonly string[];
}

export function sameBase(a: PathBase, b: PathBase): boolean {
  if (a.kind === 'param' && b.kind === 'param') return a.fn === b.fn && a.index === b.index;
  if (a.kind === 'binding' && b.kind === 'binding') return a.binding === b.binding;
  return a.kind === 'node' && b.kind === 'node' && a.node === b.node;
}

/** The rest of `path` after `prefix`, or undefined when `path` does not start with it. */
export function pathAfter(path: readonly string[], prefix: readonly string[]): string[] | undefined {
  const startsWith = path.length >= prefix.length && prefix.every((name, index) => path[index] === name);
  return startsWith ? path.slice(prefix.length) : undefined;
}

/**
 * A destructuring path as field names: a rest element (`...`) holds the same fields minus the
 * named ones; an array element or a computed key (`?`) is not a field, so undefined.
 */
function fieldPath(path: readonly string[]): string[] | undefined {
  const fields = path.filter((name) => name !== '...');
  return fields.some((name) => name === '?' || /^\d+$/.test(name)) ? undefined : fields;
}

/** `x || {}` and `x ?? {}` hold the same fields as `x`. */
function withoutEmptyDefault(node: Node): Node {
  if (node.type !== 'LogicalExpression' || node.operator === '&&') return node;
  const fallback = unwrap(node.right);
  return fallback.type === 'ObjectExpression' && fallback.properties.length === 0 ? unwrap(node.left) : node;
}

/**
 * Reads expressions as paths from a base, through aliases and destructuring:
 * `const { data } = msg; const inner = data; inner.id` → msg, [data, id]. A variable assigned more
 * than once is a base of its own: which value it holds is not known.
 */
export class PayloadPaths {
  private readonly cache = new Map<Node, RelativePath>();
  private readonly inProgress = new Set<Node>();

  constructor(private readonly project: Project) {}

  of(located: Located): RelativePath {
    const node = withoutEmptyDefault(unwrap(located.node));
    const known = this.cache.get(node);
    if (known) return known;
    if (this.inProgress.has(node)) return { base: { kind: 'node', node }, path: [] };
    this.inProgress.add(node);
    try {
      const relative = this.decide(node, located.file);
      this.cache.set(node, relative);
      return relative;
    } finally {
      this.inProgress.delete(node);
    }
  }

  private decide(node: Node, file: ParsedFile): RelativePath {
    if (isMember(node)) {
      const name = memberName(node);
      if (name !== undefined) {
        const object = this.of({ node: node.object, file });
        return { base: object.base, path: [...object.path, name] };
      }
    }
    if (node.type === 'Identifier') {
      const [binding, ...others] = this.project.bindingsOf(file, node);
      if (binding && others.length === 0) return this.bindingPath(binding);
    }
    return { base: { kind: 'node', node }, path: [] };
  }

  private bindingPath(binding: Binding): RelativePath {
    const own: RelativePath = { base: { kind: 'binding', binding }, path: [] };
    const param = binding.param;
    if (param) {
      const path = fieldPath(param.path);
      return path ? { base: { kind: 'param', fn: param.fn, index: param.index }, path } : own;
    }
    const [value, ...others] = binding.values;
    const path = value && fieldPath(value.path);
    if (!value || !path || others.length > 0) return own;
    const source = this.of(value);
    return { base: source.base, path: [...source.path, ...path] };
  }
}

/**
 * `msg.type` → `msg`: the message whose type field an expression reads; undefined when it reads
 * none of `typeFields` (`type`, or the keys the code dispatches on).
 */
export function messageOf(typeField: RelativePath, typeFields: ReadonlySet<string>): RelativePath | undefined {
  if (!typeFields.has(typeField.path.at(-1) ?? '')) return undefined;
  return { base: typeField.base, path: typeField.path.slice(0, -1) };
}
