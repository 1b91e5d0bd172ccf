import type * as t from '@babel/types';

import type { Node } from '../extract/javascript/ast.js';
import type { ParsedFile } from '../extract/javascript/parsed-file.js';
import type { SourceLocation } from '../model/site.js';
import type { Anchor } from './anchor.js';
import {
  dispatchingIf,
  dispatchingSwitch,
  isNameArgument,
  listedStatement,
  locateAll,
  type ListedStatement,
  type Located,
} from './handler-nodes.js';
import type { HandlerStyle } from './handler-style.js';
import type { TargetFile } from './target-file.js';
import { hasBlankLineBetween, lineEnd, lineIndentation } from './text-layout.js';

const JUMPS = new Set(['BreakStatement', 'ContinueStatement', 'ReturnStatement', 'ThrowStatement']);

/**
 * Where a new handler in `style` goes among the file's existing handlers (`sites`, the positions of
 * their event names), or undefined when none of them is where the scan saw it, or none sits in a
 * statement list.
 */
export function findAnchor(file: TargetFile, style: HandlerStyle, sites: readonly SourceLocation[]): Anchor | undefined {
  const names = locateAll(file, sites);
  switch (style.kind) {
    case 'listener':
      return listenerAnchor(file, names);
    case 'switch-case':
      return caseAnchor(file, names);
    case 'if-type':
      return ifAnchor(file, names);
  }
}

/** After the last registration statement (or before it, when it is a `return`) of the list holding most. */
function listenerAnchor(file: TargetFile, names: readonly Located[]): Anchor | undefined {
  const statements = names.flatMap((name) => (isNameArgument(name) ? listedStatement(name) ?? [] : []));
  const last = lastOfBusiestList(statements);
  if (last === undefined) return undefined;
  if (JUMPS.has(last.node.type)) return before(file, last.node);
  return after(file, last, hasBlankLineBefore(file, last));
}

/** After the last `if` of the list holding most, or as an `else if` when that chain ends in a plain `else`. */
function ifAnchor(file: TargetFile, names: readonly Located[]): Anchor | undefined {
  const statements = names
    .flatMap((name) => dispatchingIf(name) ?? [])
    .flatMap((found) => listedStatement(found) ?? [])
    .filter((statement) => statement.node.type === 'IfStatement');
  const last = lastOfBusiestList(statements);
  if (last === undefined) return undefined;
  let branch = last.node as t.IfStatement;
  while (branch.alternate?.type === 'IfStatement') branch = branch.alternate;
  if (branch.alternate === null || branch.alternate === undefined) return after(file, last, hasBlankLineBefore(file, last));
  return { offset: endOf(branch.consequent), layout: 'else', indentation: indentationOf(file, last.node), blankLine: false };
}

/**
 * In the switch holding most cases: before `default:`, else after the last clause, else before the
 * first, whichever does not let the clause before it fall through into the new case.
 */
function caseAnchor(file: TargetFile, names: readonly Located[]): Anchor | undefined {
  const switches = names.flatMap((name) => dispatchingSwitch(name) ?? []);
  const counts = new Map<t.SwitchStatement, number>();
  for (const found of switches) counts.set(found.node, (counts.get(found.node) ?? 0) + 1);
  const busiest = switches.find((found) => counts.get(found.node) === Math.max(...counts.values()));
  if (busiest === undefined) return undefined;
  const cases = busiest.node.cases;
  const defaultIndex = cases.findIndex((clause) => clause.test === null || clause.test === undefined);
  const defaultClause = cases[defaultIndex];
  if (defaultClause !== undefined && (defaultIndex === 0 || endsInJump(cases[defaultIndex - 1]))) {
    return before(file, defaultClause);
  }
  const lastClause = cases.at(-1);
  if (lastClause !== undefined && endsInJump(lastClause)) return after(file, { ...busiest, node: lastClause }, false);
  return cases[0] === undefined ? undefined : before(file, cases[0]);
}

/** The last statement of the list holding most of them (ties → the list that starts first). */
function lastOfBusiestList(statements: readonly ListedStatement[]): ListedStatement | undefined {
  const byList = new Map<readonly Node[], ListedStatement[]>();
  for (const statement of [...statements].sort((a, b) => startOffset(a.node) - startOffset(b.node))) {
    byList.set(statement.siblings, [...(byList.get(statement.siblings) ?? []), statement]);
  }
  const lists = [...byList.values()];
  const busiest = lists.find((list) => list.length === Math.max(...lists.map((each) => each.length)));
  return busiest?.at(-1);
}

function after(file: TargetFile, { node, script }: Located, blankLine: boolean): Anchor {
  const offset = endOfLine(file, script, endOf(node));
  return { offset, layout: 'after', indentation: indentationOf(file, node), blankLine };
}

function before(file: TargetFile, node: Node): Anchor {
  return { offset: startOffset(node), layout: 'before', indentation: indentationOf(file, node), blankLine: false };
}

/** The end of the line, when only blanks or a one-line comment follow `end` on it; else `end` itself. */
function endOfLine(file: TargetFile, script: ParsedFile, end: number): number {
  const rest = afterBlanks(file.text, end);
  const comment = script.ast.comments?.find((each) => each.start === rest);
  const next = comment === undefined ? rest : afterBlanks(file.text, comment.end ?? rest);
  const lineBreak = lineEnd(file.text, end);
  return next === lineBreak ? lineBreak : end;
}

function afterBlanks(text: string, offset: number): number {
  let position = offset;
  while (text[position] === ' ' || text[position] === '\t') position++;
  return position;
}

/** Whether a blank line separates the statement from the one before it, as between spaced-out handlers. */
function hasBlankLineBefore(file: TargetFile, { node, siblings }: ListedStatement): boolean {
  const previous = siblings[siblings.indexOf(node) - 1];
  return previous !== undefined && hasBlankLineBetween(file.text, endOf(previous), startOffset(node));
}

function indentationOf(file: TargetFile, node: Node): string {
  return lineIndentation(file.text, startOffset(node));
}

function startOffset(node: Node): number {
  return node.start ?? 0;
}

function endOf(node: Node): number {
  return node.end ?? 0;
}

function endsInJump(clause: t.SwitchCase | undefined): boolean {
  let last: Node | undefined = clause?.consequent.at(-1);
  while (last?.type === 'BlockStatement') last = last.body.at(-1);
  return last !== undefined && JUMPS.has(last.type);
}
