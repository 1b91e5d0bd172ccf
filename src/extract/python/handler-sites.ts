import type { Node } from 'web-tree-sitter';
import { attributeSource, identifierSources, type ValueSource } from './bindings.js';
import type { Scope, ScopedValue } from './facts.js';
import type { PythonFramework, TypeDispatch } from './frameworks/framework.js';
import { evaluateName } from './name-values.js';
import type { Project } from './project.js';
import { findReceivingScopes } from './receiving-scopes.js';
import { SiteCollector, type SiteDraft } from './site-collector.js';
import { literalString } from './string-literal.js';
import { compactText, forEachInScope, identifierPath, scopeBody, unwrapParentheses } from './syntax-tree.js';

/** A name the code compares the message type against, and the comparison as written. */
interface Comparison {
  candidate: Node;
  scope: Scope;
  via: string;
}

/**
 * Handle sites: in scopes that receive client messages, every name the message's type is
 * compared with (`==`, `in (...)`, `match ... case`) or looked up by (`handlers[data["type"]]`).
 * A scope two frameworks both see as receiving gives each site once.
 */
export function findHandlerSites(project: Project, frameworks: readonly PythonFramework[]): SiteDraft[] {
  const sites = new SiteCollector();
  for (const framework of frameworks) {
    const dispatch = framework.typeDispatch;
    if (!dispatch) continue;
    const receiving = [...findReceivingScopes(project, dispatch)];
    const comparisons = receiving.flatMap((scope) => comparisonsIn(project, scope, dispatch));
    comparisons.flatMap((comparison) => sitesFor(project, comparison, framework)).forEach((site) => sites.add(site));
  }
  return sites.all();
}

function comparisonsIn(project: Project, scope: Scope, dispatch: TypeDispatch): Comparison[] {
  const body = scopeBody(scope.node);
  const comparisons: Comparison[] = [];
  const isTypeAccess = (node: Node): boolean => readsTypeKey(scope, node, dispatch.typeKey);
  if (body) {
    forEachInScope(body, (node) => {
      if (node.type === 'comparison_operator') comparisons.push(...compared(scope, node, isTypeAccess));
      else if (node.type === 'match_statement') comparisons.push(...matchCases(scope, node, isTypeAccess));
      else comparisons.push(...tableLookup(project, scope, node, isTypeAccess));
    });
  }
  return comparisons;
}

/** `t == "a"`, `"a" == t`, `t in ("a", "b")`. */
function compared(scope: Scope, comparison: Node, isTypeAccess: (node: Node) => boolean): Comparison[] {
  const operators = comparison.childrenForFieldName('operators');
  const [left, right] = comparison.namedChildren;
  if (operators.length !== 1 || !left || !right) return [];
  const operator = operators[0]?.text;
  if (operator === '==') {
    if (isTypeAccess(left)) return [{ candidate: right, scope, via: `${compactText(left)} ==` }];
    if (isTypeAccess(right)) return [{ candidate: left, scope, via: `${compactText(right)} ==` }];
  }
  const names = unwrapParentheses(right);
  if (operator === 'in' && isTypeAccess(left) && ['tuple', 'list', 'set'].includes(names.type)) {
    return names.namedChildren.map((candidate) => ({ candidate, scope, via: `${compactText(left)} in` }));
  }
  return [];
}

/** `match t: case "a" | Events.B:`; a bare name in a case captures, it is not a value. */
function matchCases(scope: Scope, match: Node, isTypeAccess: (node: Node) => boolean): Comparison[] {
  const subject = match.childForFieldName('subject');
  if (!subject || !isTypeAccess(subject)) return [];
  const via = `match ${compactText(subject)}`;
  const clauses = match.childForFieldName('body')?.namedChildren ?? [];
  return clauses
    .flatMap((clause) => clause.namedChildren.filter((child) => child.type === 'case_pattern'))
    .flatMap((pattern) => pattern.namedChildren)
    .flatMap((alternative) => (alternative.type === 'union_pattern' ? alternative.namedChildren : [alternative]))
    .filter((value) => value.type === 'string' || (value.type === 'dotted_name' && value.namedChildren.length > 1))
    .map((candidate) => ({ candidate, scope, via }));
}

/** `handlers[data["type"]]` and `handlers.get(data.get("type"))`: every key of the table. */
function tableLookup(project: Project, scope: Scope, node: Node, isTypeAccess: (node: Node) => boolean): Comparison[] {
  const lookup = node.type === 'subscript' ? subscriptParts(node) : dictGetParts(node);
  if (!lookup || !isTypeAccess(lookup.key)) return [];
  const via = compactText(node);
  return tableSources(project, scope, lookup.object)
    .flatMap((source): ScopedValue[] => {
      if (source.kind === 'parameter') return [];
      return source.kind === 'outer' ? source.values : source.values.map((value) => ({ node: value, scope }));
    })
    .filter((value) => value.node.type === 'dictionary')
    .flatMap((dict) =>
      dict.node.namedChildren
        .filter((entry) => entry.type === 'pair')
        .flatMap((pair) => pair.childForFieldName('key') ?? [])
        .map((candidate) => ({ candidate, scope: dict.scope, via })),
    );
}

/** `object[key]` as its parts. */
function subscriptParts(node: Node): { object: Node; key: Node } | undefined {
  const object = node.childForFieldName('value');
  const key = node.childForFieldName('subscript');
  return object && key ? { object, key } : undefined;
}

/** `object.get(key, ...)` as its parts. */
function dictGetParts(node: Node): { object: Node; key: Node } | undefined {
  if (node.type !== 'call') return undefined;
  const callee = node.childForFieldName('function');
  const [key] = node.childForFieldName('arguments')?.namedChildren ?? [];
  const object = callee?.childForFieldName('object');
  const isGet = callee?.type === 'attribute' && callee.childForFieldName('attribute')?.text === 'get';
  return isGet && object && key ? { object, key } : undefined;
}

function tableSources(project: Project, scope: Scope, table: Node): ValueSource[] {
  if (table.type === 'identifier') return identifierSources(project, scope, table);
  const path = identifierPath(table);
  const source = path ? attributeSource(project, scope, path) : undefined;
  return source ? [source] : [];
}

/** `m.get("type")`, `m["type"]`, or a variable of the scope assigned from one of them. */
function readsTypeKey(scope: Scope, node: Node, typeKey: string, followVariables = true): boolean {
  const expression = unwrapParentheses(node);
  const lookup = expression.type === 'subscript' ? subscriptParts(expression) : dictGetParts(expression);
  if (lookup) return literalString(lookup.key) === typeKey;
  if (expression.type !== 'identifier' || !followVariables) return false;
  return (scope.assignments.get(expression.text) ?? []).some((assignment) =>
    readsTypeKey(scope, assignment.value, typeKey, false),
  );
}

/** Only names known exactly: a handler compared with an unknown value handles nothing we can name. */
function sitesFor(project: Project, comparison: Comparison, framework: PythonFramework): SiteDraft[] {
  return evaluateName(project, comparison.candidate, comparison.scope).flatMap((outcome) =>
    outcome.kind === 'name' && !outcome.dynamic && outcome.name !== ''
      ? [{
          name: outcome.name,
          dynamic: false,
          kind: 'handle' as const,
          node: outcome.node,
          scope: outcome.scope,
          via: comparison.via,
          rule: `python/${framework.id}`,
        }]
      : [],
  );
}
