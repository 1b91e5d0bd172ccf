import type * as t from '@babel/types';

export type Node = t.Node;
export type FunctionNode =
  | t.FunctionDeclaration
  | t.FunctionExpression
  | t.ArrowFunctionExpression
  | t.ObjectMethod
  | t.ClassMethod
  | t.ClassPrivateMethod;
export type MemberNode = t.MemberExpression | t.OptionalMemberExpression;
export type CallNode = t.CallExpression | t.OptionalCallExpression;
export type ClassNode = t.ClassDeclaration | t.ClassExpression;
export type CallArgument = CallNode['arguments'][number];

/** Keys that hold positions, comments or parser bookkeeping rather than child nodes. */
const NON_CHILD_KEYS = new Set([
  'type', 'start', 'end', 'loc', 'range', 'extra', 'errors', 'tokens', 'comments',
  'leadingComments', 'trailingComments', 'innerComments',
]);

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** The nodes directly under `node`, in source order. */
function childNodes(node: Node): Node[] {
  const children: Node[] = [];
  const fields = node as unknown as Record<string, unknown>;
  // `Object.keys` rather than `for...in`: the same own keys in the same order, about twice as fast
  // on Babel's nodes.
  for (const key of Object.keys(fields)) {
    if (NON_CHILD_KEYS.has(key)) continue;
    const value = fields[key];
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) children.push(item);
    } else if (isNode(value)) {
      children.push(value);
    }
  }
  return children;
}

/** Depth-first, in source order, without recursion (generated files nest deeply); `children` are the node's. */
export function walk(root: Node, visit: (node: Node, children: readonly Node[]) => void): void {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    const children = childNodes(node);
    visit(node, children);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node);
  }
}

/** Every node under `root` in source order (parents before children), and each node's parent. */
export function indexNodes(root: Node): { nodes: Node[]; parents: Map<Node, Node> } {
  const nodes: Node[] = [];
  // A Map, not a WeakMap: the trees live as long as their files anyway, and weak entries cost the
  // garbage collector extra work.
  const parents = new Map<Node, Node>();
  walk(root, (node, children) => {
    nodes.push(node);
    for (const child of children) parents.set(child, node);
  });
  return { nodes, parents };
}

type ValueWrapper =
  | t.ParenthesizedExpression
  | t.TSAsExpression
  | t.TSSatisfiesExpression
  | t.TSNonNullExpression
  | t.TSTypeAssertion
  | t.TypeCastExpression;

/** Wrappers that do not change the value: parentheses and TypeScript assertions. */
const VALUE_WRAPPERS: ReadonlySet<string> = new Set<ValueWrapper['type']>([
  'ParenthesizedExpression', 'TSAsExpression', 'TSSatisfiesExpression', 'TSNonNullExpression', 'TSTypeAssertion',
  'TypeCastExpression',
]);

function isValueWrapper(node: Node): node is ValueWrapper {
  return VALUE_WRAPPERS.has(node.type);
}

/** Removes wrappers that do not change the value: parentheses and TypeScript assertions. */
export function unwrap(node: Node): Node {
  let current = node;
  while (isValueWrapper(current)) current = current.expression;
  return current;
}

/** The opposite of `unwrap`: the outermost wrapper around `node` that keeps its value (`(data as T)` for `data`). */
export function outermost(node: Node, parents: ReadonlyMap<Node, Node>): Node {
  let current = node;
  for (let parent = parents.get(current); parent && isValueWrapper(parent); parent = parents.get(current)) {
    current = parent;
  }
  return current;
}

export function isFunction(node: Node): node is FunctionNode {
  return (
    node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' ||
    node.type === 'ArrowFunctionExpression' || node.type === 'ObjectMethod' ||
    node.type === 'ClassMethod' || node.type === 'ClassPrivateMethod'
  );
}

export function isMember(node: Node): node is MemberNode {
  return node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression';
}

export function isCall(node: Node): node is CallNode {
  return node.type === 'CallExpression' || node.type === 'OptionalCallExpression';
}

/** A call argument that is a value: not `...spread` nor a partial-application placeholder. */
export function isValueArgument(node: Node | undefined): node is t.Expression {
  return node !== undefined && node.type !== 'SpreadElement' && node.type !== 'ArgumentPlaceholder';
}

export function isClass(node: Node): node is ClassNode {
  return node.type === 'ClassDeclaration' || node.type === 'ClassExpression';
}

/** `a.b`, `a?.b`, `a['b']` → `b`; undefined for computed keys that are not string literals. */
export function memberName(member: MemberNode): string | undefined {
  const property = member.property;
  if (!member.computed) {
    if (property.type === 'Identifier') return property.name;
    if (property.type === 'PrivateName') return property.id.name;
    return undefined;
  }
  const key = unwrap(property);
  if (key.type === 'StringLiteral') return key.value;
  if (key.type === 'TemplateLiteral' && key.expressions.length === 0) return key.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/** `name` → `name`, `a.b.name` → `name`: the last name in a reference, undefined for anything else. */
export function referenceName(node: Node): string | undefined {
  const reference = unwrap(node);
  if (reference.type === 'Identifier') return reference.name;
  return isMember(reference) ? memberName(reference) : undefined;
}

/** The static name of an object or class key (`a`, `'a'`, `#a`), or undefined when it is computed. */
export function keyName(key: Node, computed: boolean): string | undefined {
  if (!computed && key.type === 'Identifier') return key.name;
  if (key.type === 'StringLiteral') return key.value;
  if (key.type === 'PrivateName') return key.id.name;
  return undefined;
}

/** `callee.method(...)` → the method's name and its receiver, or undefined for a plain call. */
export function methodCall(call: CallNode): { receiver: Node; method: string } | undefined {
  const callee = unwrap(call.callee);
  if (!isMember(callee)) return undefined;
  const method = memberName(callee);
  return method === undefined ? undefined : { receiver: callee.object, method };
}

/** `JSON.parse(x)`-style check: a call whose callee is exactly `object.property`. */
export function isCallTo(node: Node, object: string, property: string): node is CallNode {
  if (!isCall(node)) return false;
  const callee = unwrap(node.callee);
  return (
    isMember(callee) && memberName(callee) === property &&
    callee.object.type === 'Identifier' && callee.object.name === object
  );
}

/** 1-based line and column (UTF-16 code units) of a node's start, for a tree that keeps its locations. */
export function startOf(node: Node): { line: number; column: number } {
  const start = node.loc?.start;
  return { line: start?.line ?? 1, column: (start?.column ?? 0) + 1 };
}
