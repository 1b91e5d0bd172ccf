import type * as t from '@babel/types';

import { isCall, isFunction, startOf, type Node } from '../extract/javascript/ast.js';
import type { ParsedFile } from '../extract/javascript/parsed-file.js';
import type { SourceLocation } from '../model/site.js';
import type { TargetFile } from './target-file.js';

// The handlers the scan found, found again in the target file's syntax tree by the positions of their names.

/** A node and the script it is in. */
export interface Located<T extends Node = Node> {
  node: T;
  script: ParsedFile;
}

/** A statement and the statement list holding it (a block's body, a `case`'s consequent). */
export interface ListedStatement extends Located {
  siblings: readonly Node[];
}

/** Parents holding a list of statements, and the field holding it. */
const STATEMENT_LISTS: Readonly<Record<string, string>> = {
  Program: 'body',
  BlockStatement: 'body',
  StaticBlock: 'body',
  TSModuleBlock: 'body',
  SwitchCase: 'consequent',
};

/** The innermost node starting at each site's position, in the script holding it. */
export function locateAll(file: TargetFile, sites: readonly SourceLocation[]): Located[] {
  const starts = new Map<string, Located>();
  for (const script of file.scripts) {
    for (const node of script.nodes) {
      const { line, column } = startOf(node);
      starts.set(`${line}:${column}`, { node, script });
    }
  }
  return sites.flatMap((site) => starts.get(`${site.line}:${site.column}`) ?? []);
}

/** The event name is the first argument of the registration call (`wsManager.on('x', fn)`). */
export function isNameArgument(name: Located): boolean {
  for (const { child, parent } of ancestry(name)) {
    if (isCall(parent)) return parent.arguments[0] === child;
    if (parent.start !== child.start) return false;
  }
  return false;
}

/** The `if` whose test compares the type with the name. */
export function dispatchingIf(name: Located): Located<t.IfStatement> | undefined {
  for (const { child, parent } of ancestry(name)) {
    if (parent.type === 'IfStatement') return parent.test === child ? { node: parent, script: name.script } : undefined;
    if (isFunction(parent) || STATEMENT_LISTS[parent.type] !== undefined) return undefined;
  }
  return undefined;
}

/** The switch one of whose `case` tests is the name. */
export function dispatchingSwitch(name: Located): Located<t.SwitchStatement> | undefined {
  for (const { child, parent } of ancestry(name)) {
    if (parent.type === 'SwitchCase') {
      const statement = name.script.parents.get(parent);
      const isCaseTest = parent.test === child && statement?.type === 'SwitchStatement';
      return isCaseTest ? { node: statement, script: name.script } : undefined;
    }
    if (isFunction(parent) || STATEMENT_LISTS[parent.type] !== undefined) return undefined;
  }
  return undefined;
}

/** The statement holding the node, when it sits in a statement list (not in an arrow's expression body). */
export function listedStatement(located: Located): ListedStatement | undefined {
  for (const { child, parent } of ancestry(located)) {
    const field = STATEMENT_LISTS[parent.type];
    const siblings = field === undefined ? undefined : (parent as unknown as Record<string, unknown>)[field];
    if (Array.isArray(siblings) && siblings.includes(child)) return { node: child, script: located.script, siblings };
    if (isFunction(parent)) return undefined;
  }
  return undefined;
}

/** Each ancestor of the node, with the child it was reached from. */
function* ancestry({ node, script }: Located): Generator<{ child: Node; parent: Node }> {
  let child = node;
  for (let parent = script.parents.get(child); parent !== undefined; parent = script.parents.get(child)) {
    yield { child, parent };
    child = parent;
  }
}
