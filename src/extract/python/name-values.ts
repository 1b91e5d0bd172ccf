import type { Node } from 'web-tree-sitter';
import { attributeSource, identifierSources, type ValueSource } from './bindings.js';
import { type ItemSelector, itemValues, subscriptSelection, unpackedFrom } from './container-items.js';
import type { Scope } from './facts.js';
import { concatenatePatterns, formatTemplateParts, type NamePattern, patternFromParts } from './glob.js';
import type { Project } from './project.js';
import { queuedItems } from './queue-hand-offs.js';
import { literalString, stringParts } from './string-literal.js';
import { identifierPath, operatorText, unwrapParentheses } from './syntax-tree.js';

/**
 * What an expression used as an event name can be. `name` is located at `node` in `scope` (a
 * glob with `dynamic` when parts are unknown); `parameter` means the caller decides.
 */
export type NameOutcome =
  | { kind: 'name'; name: string; dynamic: boolean; node: Node; scope: Scope }
  | { kind: 'parameter'; index: number; scope: Scope };

/** Guards against assignment cycles (`A = B`, `B = A`) across modules. */
const MAX_DEPTH = 16;
/** `a + b` with many alternatives on both sides is not worth enumerating. */
const MAX_COMBINATIONS = 16;

export function evaluateName(project: Project, expression: Node, scope: Scope): NameOutcome[] {
  return evaluate(project, expression, scope, 0);
}

function evaluate(project: Project, node: Node, scope: Scope, depth: number): NameOutcome[] {
  const expression = unwrapParentheses(node);
  if (depth > MAX_DEPTH) return [unknownName(expression, scope)];
  switch (expression.type) {
    case 'string':
      return [named(patternFromParts(stringParts(expression)), expression, scope)];
    case 'concatenated_string':
      return [named(patternFromParts(expression.namedChildren.flatMap(stringParts)), expression, scope)];
    case 'binary_operator':
      return evaluateConcatenation(project, expression, scope, depth);
    case 'conditional_expression':
    case 'boolean_operator':
      return alternatives(expression).flatMap((branch) => evaluate(project, branch, scope, depth + 1));
    case 'call':
      return evaluateCall(project, expression, scope, depth);
    case 'identifier': {
      const unpacked = unpackedFrom(expression);
      if (unpacked) return evaluateItem(project, unpacked.value, unpacked.index, expression, scope, depth);
      return fromSources(project, identifierSources(project, scope, expression), expression, scope, depth);
    }
    case 'subscript': {
      const selection = subscriptSelection(expression);
      if (!selection) return [unknownName(expression, scope)];
      return evaluateItem(project, selection.container, selection.selector, expression, scope, depth);
    }
    case 'await':
      return expression.namedChildren[0] ? evaluate(project, expression.namedChildren[0], scope, depth + 1) : [];
    case 'attribute':
    case 'dotted_name':
      return evaluateAttribute(project, expression, scope, depth);
    case 'none':
      return [];
    default:
      return [unknownName(expression, scope)];
  }
}

/** `a if c else b` and `a or b` can be either side (the condition of the first is not a value). */
function alternatives(expression: Node): Node[] {
  const [first, second, third] = expression.namedChildren;
  const branches = expression.type === 'conditional_expression' ? [first, third] : [first, second];
  return branches.filter((branch): branch is Node => branch !== undefined);
}

function evaluateConcatenation(project: Project, expression: Node, scope: Scope, depth: number): NameOutcome[] {
  const left = expression.childForFieldName('left');
  const right = expression.childForFieldName('right');
  if (operatorText(expression) !== '+' || !left || !right) return [unknownName(expression, scope)];
  const lefts = evaluate(project, left, scope, depth + 1).map(asPattern);
  const rights = evaluate(project, right, scope, depth + 1).map(asPattern);
  if (lefts.length * rights.length > MAX_COMBINATIONS) return [unknownName(expression, scope)];
  return lefts.flatMap((start) => rights.map((end) => named(concatenatePatterns(start, end), expression, scope)));
}

/** Inside a concatenation a parameter is just an unknown part. */
function asPattern(outcome: NameOutcome): NamePattern {
  return outcome.kind === 'name' ? outcome : { name: '*', dynamic: true };
}

function evaluateCall(project: Project, call: Node, scope: Scope, depth: number): NameOutcome[] {
  const callee = call.childForFieldName('function');
  const argumentNodes = call.childForFieldName('arguments')?.namedChildren ?? [];
  if (callee?.type === 'attribute' && callee.childForFieldName('attribute')?.text === 'format') {
    const template = callee.childForFieldName('object');
    const text = template ? literalString(unwrapParentheses(template)) : undefined;
    if (text !== undefined) return [named(patternFromParts(formatTemplateParts(text)), call, scope)];
  }
  const queued = queuedItems(project, call, scope);
  if (queued && queued.length > 0) return queued.flatMap((item) => evaluate(project, item.node, item.scope, depth + 1));
  const [only] = argumentNodes;
  if (callee?.type === 'identifier' && callee.text === 'str' && argumentNodes.length === 1 && only) {
    return evaluate(project, only, scope, depth + 1);
  }
  return [unknownName(call, scope)];
}

/** `Events.DONE`, `Events.DONE.value`, `events.DONE`, `self.KIND`, and `case Events.DONE:`. */
function evaluateAttribute(project: Project, expression: Node, scope: Scope, depth: number): NameOutcome[] {
  const path = identifierPath(expression);
  const memberPath = path && path.length > 2 && path.at(-1) === 'value' ? path.slice(0, -1) : path;
  const source = memberPath ? attributeSource(project, scope, memberPath) : undefined;
  return fromSources(project, source ? [source] : [], expression, scope, depth);
}

/**
 * A tuple element, a dict entry or a queued item: located where the value is written (in the
 * function that put it on the queue, whose parameter its callers fill in), else unknown at `use`.
 */
function evaluateItem(
  project: Project,
  container: Node,
  selector: ItemSelector,
  use: Node,
  scope: Scope,
  depth: number,
): NameOutcome[] {
  const values = itemValues(project, container, scope, selector);
  if (!values || values.length === 0) return [unknownName(use, scope)];
  return values.flatMap((value) => evaluate(project, value.node, value.scope, depth + 1));
}

function fromSources(
  project: Project,
  sources: readonly ValueSource[],
  use: Node,
  scope: Scope,
  depth: number,
): NameOutcome[] {
  if (sources.length === 0) return [unknownName(use, scope)];
  return sources.flatMap((source): NameOutcome[] => {
    if (source.kind === 'parameter') return [{ kind: 'parameter', index: source.index, scope }];
    if (source.kind === 'local') return source.values.flatMap((value) => evaluate(project, value, scope, depth + 1));
    return source.values
      .flatMap((value) => evaluate(project, value.node, value.scope, depth + 1))
      .map((outcome) => relocate(outcome, use, scope));
  });
}

/** A value shared by many uses (a constant, an enum member) is reported where it is used. */
function relocate(outcome: NameOutcome, use: Node, scope: Scope): NameOutcome {
  return outcome.kind === 'name' ? { ...outcome, node: use, scope } : unknownName(use, scope);
}

function named(pattern: NamePattern, node: Node, scope: Scope): NameOutcome {
  return { kind: 'name', name: pattern.name, dynamic: pattern.dynamic, node, scope };
}

function unknownName(node: Node, scope: Scope): NameOutcome {
  return { kind: 'name', name: '*', dynamic: true, node, scope };
}
