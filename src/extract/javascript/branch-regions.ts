import type * as t from '@babel/types';

import { outermost, type Node } from './ast.js';
import type { ParsedFile } from './parsed-file.js';

/** The statements a `case` runs: its own and, when it has none, those of the cases it falls through to. */
export function caseRegion(statement: t.SwitchStatement, index: number): Node[] {
  const region: Node[] = [];
  for (const switchCase of statement.cases.slice(index)) {
    region.push(...switchCase.consequent);
    if (switchCase.consequent.length > 0) break;
  }
  return region;
}

/**
 * The code that runs when `test` holds: the branch of the `if` or `?:` whose test it is (alone or
 * joined by `||`/`&&`), or the right side of `test && ...`. Undefined when it guards nothing visible.
 */
export function guardedRegion(test: Node, file: ParsedFile): Node[] | undefined {
  const own = outermost(test, file.parents);
  const direct = file.parents.get(own);
  let top = own;
  for (let parent = direct; parent?.type === 'LogicalExpression' && parent.operator !== '??'; parent = file.parents.get(top)) {
    top = outermost(parent, file.parents);
  }
  const holder = file.parents.get(top);
  if ((holder?.type === 'IfStatement' || holder?.type === 'ConditionalExpression') && holder.test === top) {
    return [holder.consequent];
  }
  const isAndGuard = direct?.type === 'LogicalExpression' && direct.operator === '&&' && direct.left === own;
  return isAndGuard ? [direct.right] : undefined;
}
