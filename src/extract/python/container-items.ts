import type { Node } from 'web-tree-sitter';
import { identifierSources } from './bindings.js';
import type { Scope, ScopedValue } from './facts.js';
import type { Project } from './project.js';
import { queuedItems } from './queue-hand-offs.js';
import { literalString } from './string-literal.js';
import { unwrapParentheses } from './syntax-tree.js';

/** A tuple position (`item[0]`, `event, data = ...`) or a dict key (`msg["type"]`). */
export type ItemSelector = number | string;

const MAX_DEPTH = 16;

/** `event` in `event, data = value`: the value unpacked and the position `event` takes in it. */
export function unpackedFrom(target: Node): { value: Node; index: number } | undefined {
  const pattern = target.parent;
  const assignment = pattern?.parent;
  if (!pattern || (pattern.type !== 'pattern_list' && pattern.type !== 'tuple_pattern')) return undefined;
  if (assignment?.type !== 'assignment' || !assignment.childForFieldName('left')?.equals(pattern)) return undefined;
  const value = assignment.childForFieldName('right');
  const index = pattern.namedChildren.findIndex((name) => name.equals(target));
  return value && index >= 0 ? { value, index } : undefined;
}

/** `item[0]` / `msg["type"]`: the container and what is taken from it; undefined for other subscripts. */
export function subscriptSelection(subscript: Node): { container: Node; selector: ItemSelector } | undefined {
  const container = subscript.childForFieldName('value');
  const key = subscript.childForFieldName('subscript');
  if (!container || !key) return undefined;
  if (key.type === 'integer' && /^\d+$/.test(key.text)) return { container, selector: Number(key.text) };
  const text = literalString(key);
  return text === undefined ? undefined : { container, selector: text };
}

/**
 * The expressions the selected item of `node` may be: a tuple element, a dict entry, or the same
 * item of whatever was put on the queue `node` was taken from. Undefined when one of the values
 * it may hold is unknown (a parameter, a call result), so nothing is guessed.
 */
export function itemValues(
  project: Project,
  node: Node,
  scope: Scope,
  selector: ItemSelector,
  depth = 0,
): ScopedValue[] | undefined {
  const expression = unwrapAwait(node);
  if (depth > MAX_DEPTH) return undefined;
  if (typeof selector === 'number' && (expression.type === 'tuple' || expression.type === 'list')) {
    const element = expression.namedChildren.filter((child) => child.type !== 'comment')[selector];
    return element ? [{ node: element, scope }] : undefined;
  }
  if (typeof selector === 'string' && expression.type === 'dictionary') {
    const entry = dictEntry(expression, selector);
    return entry ? [{ node: entry, scope }] : undefined;
  }
  const sources = containerSources(project, expression, scope);
  if (!sources || sources.length === 0) return undefined;
  const values: ScopedValue[] = [];
  for (const source of sources) {
    const found = itemValues(project, source.node, source.scope, selector, depth + 1);
    if (!found) return undefined;
    values.push(...found);
  }
  return values;
}

/** What a container expression holds: the items put on a queue, or a name's assigned values. */
function containerSources(project: Project, expression: Node, scope: Scope): ScopedValue[] | undefined {
  if (expression.type === 'call') return queuedItems(project, expression, scope);
  if (expression.type !== 'identifier') return undefined;
  const values: ScopedValue[] = [];
  for (const source of identifierSources(project, scope, expression)) {
    if (source.kind === 'parameter') return undefined;
    if (source.kind === 'local') values.push(...source.values.map((value) => ({ node: value, scope })));
    else values.push(...source.values);
  }
  return values;
}

/** `await q.get()` is what `q.get()` gives, as far as the value is concerned. */
export function unwrapAwait(node: Node): Node {
  const expression = unwrapParentheses(node);
  const inner = expression.type === 'await' ? expression.namedChildren[0] : undefined;
  return inner ? unwrapParentheses(inner) : expression;
}

/** The value of the `key` entry of a dict literal. */
export function dictEntry(dict: Node, key: string): Node | undefined {
  if (dict.type !== 'dictionary') return undefined;
  const pair = dict.namedChildren.find((entry) => {
    const keyNode = entry.type === 'pair' ? entry.childForFieldName('key') : null;
    return keyNode !== null && literalString(keyNode) === key;
  });
  return pair?.childForFieldName('value') ?? undefined;
}
