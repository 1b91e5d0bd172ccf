import type { Node } from 'web-tree-sitter';
import { unwrapParentheses } from './syntax-tree.js';

/** A call of `receiver.name(...)`. */
export interface CalledMethod {
  name: string;
  receiver: Node;
  /** The `name` node, where a site whose event the method fixes is placed. */
  nameNode: Node;
}

/**
 * The method a call runs: `x.m(...)`, also through a one-argument wrapper that turns it into a
 * plain function (`async_to_sync(layer.group_send)(group, message)`).
 */
export function calledMethod(written: Node): CalledMethod | undefined {
  const callee = unwrapParentheses(written);
  const isCall = callee.type === 'call';
  const [wrapped, ...more] = isCall ? (callee.childForFieldName('arguments')?.namedChildren ?? []) : [];
  const method = isCall && wrapped && more.length === 0 ? unwrapParentheses(wrapped) : callee;
  if (method.type !== 'attribute') return undefined;
  const receiver = method.childForFieldName('object');
  const nameNode = method.childForFieldName('attribute');
  return receiver && nameNode ? { name: nameNode.text, receiver, nameNode } : undefined;
}
