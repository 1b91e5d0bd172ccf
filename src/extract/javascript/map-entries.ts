import { referenceName, unwrap, type Node } from './ast.js';
import type { Located } from './trace.js';

export interface MapEntry {
  key: Located;
  value: Located | undefined;
}

/**
 * The literal entries of `new Map([['a', fn], ['b', fn]])`: each key and value, where written.
 * Undefined when the node is not such a `Map` (an entry that is not a `[key, value]` literal is left out).
 */
export function literalMapEntries(located: Located): MapEntry[] | undefined {
  const node = unwrap(located.node);
  if (node.type !== 'NewExpression' || referenceName(node.callee) !== 'Map') return undefined;
  const list = node.arguments[0] && unwrap(node.arguments[0]);
  if (list?.type !== 'ArrayExpression') return undefined;
  return list.elements.flatMap((element): MapEntry[] => {
    const pair = element && unwrap(element);
    const [key, value] = pair?.type === 'ArrayExpression' ? pair.elements : [];
    if (!key || key.type === 'SpreadElement') return [];
    const entry: MapEntry = { key: { node: key, file: located.file }, value: undefined };
    if (value && value.type !== 'SpreadElement') entry.value = { node: value as Node, file: located.file };
    return [entry];
  });
}
