import type { Node } from 'web-tree-sitter';
import { identifierPath, unwrapParentheses } from './syntax-tree.js';

/** A call of `receiver.name(...)`. */
export interface CalledMethod {
  name: string;
  receiver: Node;
  /** The `name` node, where a site whose event the method fixes is placed. */
  nameNode: Node;
}

/**
 * The method a call runs: `x.m(...)`, also through a one-argument wrapper that turns it into a
 * plain function (`async_to_sync(layer.group_send)(group, message)`). `writtenType` is
 * `written.type` when the caller has already read it.
 */
export function calledMethod(written: Node, writtenType: string = written.type): CalledMethod | undefined {
  const callee = writtenType === 'parenthesized_expression' ? unwrapParentheses(written) : written;
  const calleeType = callee === written ? writtenType : callee.type;
  const isCall = calleeType === 'call';
  const [wrapped, ...more] = isCall ? (callee.childForFieldName('arguments')?.namedChildren ?? []) : [];
  const method = isCall && wrapped && more.length === 0 ? unwrapParentheses(wrapped) : callee;
  if ((method === callee ? calleeType : method.type) !== 'attribute') return undefined;
  const receiver = method.childForFieldName('object');
  const nameNode = method.childForFieldName('attribute');
  return receiver && nameNode ? { name: nameNode.text, receiver, nameNode } : undefined;
}

/**
 * `identifierPath` of a callee, reusing what `calledMethod` read of it: for `x.m`, the method is
 * the callee itself.
 */
export function calleePath(callee: Node, calleeType: string, method: CalledMethod | undefined): string[] | undefined {
  if (calleeType !== 'attribute') return identifierPath(callee, calleeType);
  const head = method && identifierPath(method.receiver);
  return head && method ? [...head, method.name] : undefined;
}
