import type { Node } from 'web-tree-sitter';

/** Definitions open a new scope: their bodies are not part of the enclosing code. */
const SCOPE_BOUNDARIES = new Set(['function_definition', 'class_definition']);

/** The node types `opensScope` may be true of (for lambdas, only those that take arguments). */
export const SCOPE_OPENING_TYPES: readonly string[] = [...SCOPE_BOUNDARIES, 'lambda'];

/**
 * Visits every named node under `root` that belongs to the same scope: definitions are visited
 * but not entered (their decorators and defaults are, as Python evaluates them outside).
 */
export function forEachInScope(root: Node, visit: (node: Node) => void): void {
  const cursor = root.walk();
  try {
    if (!cursor.gotoFirstChild()) return;
    for (;;) {
      let enter = true;
      if (cursor.nodeIsNamed) {
        const node = cursor.currentNode;
        visit(node);
        if (opensScope(node)) {
          enter = false;
          for (const part of outsideChildren(node)) {
            visit(part);
            forEachInScope(part, visit);
          }
        }
      }
      if (enter && cursor.gotoFirstChild()) continue;
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent()) return;
      }
    }
  } finally {
    cursor.delete();
  }
}

/** Definitions and lambdas that take arguments: code under them is not part of the enclosing scope. */
export function opensScope(node: Node, type: string = node.type): boolean {
  return SCOPE_BOUNDARIES.has(type) || (type === 'lambda' && isLambdaWithParameters(node));
}

/** A lambda that takes arguments is a function of its own; one without is code run where it is called. */
export function isLambdaWithParameters(node: Node): boolean {
  return node.type === 'lambda' && (node.childForFieldName('parameters')?.namedChildren.length ?? 0) > 0;
}

/** Parts of a definition evaluated in the enclosing scope: superclasses and parameter defaults. */
export function outsideChildren(definition: Node): Node[] {
  if (definition.type === 'class_definition') {
    const superclasses = definition.childForFieldName('superclasses');
    return superclasses ? [superclasses] : [];
  }
  const parameters = definition.childForFieldName('parameters');
  return (parameters?.namedChildren ?? []).flatMap((parameter) => {
    // Only these have a `value` field; reading a node's type is cheaper than asking for a field.
    const hasDefault = ['default_parameter', 'typed_default_parameter'].includes(parameter.type);
    const value = hasDefault ? parameter.childForFieldName('value') : null;
    return value ? [value] : [];
  });
}

/** Source text on one line, as written (`manager.broadcast_json`), for `via`. */
export function compactText(node: Node): string {
  const text = node.text;
  if (!text.includes('\n')) return text.trim();
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .join('');
}

/** `a.b.c` as `['a', 'b', 'c']` for identifiers, attribute chains and dotted names; else undefined. */
export function identifierPath(node: Node, type: string = node.type): string[] | undefined {
  if (type === 'identifier') return [node.text];
  if (type === 'dotted_name') return node.namedChildren.map((part) => part.text);
  if (type !== 'attribute') return undefined;
  const object = node.childForFieldName('object');
  const attribute = node.childForFieldName('attribute');
  const head = object ? identifierPath(object) : undefined;
  return head && attribute ? [...head, attribute.text] : undefined;
}

/** The method name of a call `x.name(...)`, or undefined for other callees. */
export function calledMethodName(call: Node): string | undefined {
  const callee = call.childForFieldName('function');
  if (callee?.type !== 'attribute') return undefined;
  return callee.childForFieldName('attribute')?.text;
}

export function unwrapParentheses(node: Node): Node {
  let current = node;
  while (current.type === 'parenthesized_expression' && current.namedChildren.length === 1) {
    const inner = current.namedChildren[0];
    if (!inner) break;
    current = inner;
  }
  return current;
}

/** The operator token of a `binary_operator`, `boolean_operator` or single comparison. */
export function operatorText(node: Node): string | undefined {
  return node.children.find((child) => !child.isNamed)?.text;
}

/** The code of a scope: a function's body, or the whole module. */
export function scopeBody(scopeNode: Node): Node | null {
  return scopeNode.type === 'function_definition' ? scopeNode.childForFieldName('body') : scopeNode;
}
