import type { Node } from 'web-tree-sitter';
import type { FieldRead } from '../../model/site.js';
import { attributeSource, identifierSources, type ValueSource } from './bindings.js';
import { branchRegion, caseRegion, tableHandlerReads } from './dispatch-reads.js';
import type { Scope, ScopedValue } from './facts.js';
import { fieldsReadBy } from './field-reads.js';
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
  /** What the code for that name reads from the message; undefined when it cannot be told. */
  fieldsRead?: readonly FieldRead[];
  /** Set for a prefix or suffix test: the glob of the names it selects, reported as a dynamic handler. */
  pattern?: string;
}

/**
 * A read of the key a message is dispatched on (its type key, or `command`/`action`); `message`
 * is the variable holding the message, when it is one.
 */
interface TypeAccess {
  key: string;
  message?: string;
}

/** Keys clients put their command under when the message has no type (Channels' `content["command"]`). */
const COMMAND_KEYS = ['command', 'action'];

/** How one receiving scope dispatches: which expressions read the type, and what a branch reads. */
interface Dispatch {
  project: Project;
  scope: Scope;
  typeAccess(node: Node): TypeAccess | undefined;
}

/**
 * Handle sites: in scopes that receive client messages, every name the message's type is
 * compared with (`==`, `in (...)`, `match ... case`) or looked up by (`handlers[data["type"]]`),
 * with the fields the code for that name reads from the message. A scope two frameworks both
 * see as receiving gives each site once.
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

function comparisonsIn(project: Project, scope: Scope, typeDispatch: TypeDispatch): Comparison[] {
  const body = scopeBody(scope.node);
  const keys = [typeDispatch.typeKey, ...COMMAND_KEYS];
  const dispatch: Dispatch = { project, scope, typeAccess: (node) => typeAccessAt(scope, node, keys) };
  const comparisons: Comparison[] = [];
  if (body) {
    forEachInScope(body, (node) => {
      if (node.type === 'comparison_operator') comparisons.push(...compared(dispatch, node));
      else if (node.type === 'match_statement') comparisons.push(...matchCases(dispatch, node));
      else comparisons.push(...tableLookup(dispatch, node), ...affixTest(dispatch, node));
    });
  }
  return comparisons;
}

/** `t == "a"`, `"a" == t`, `t in ("a", "b")`. */
function compared(dispatch: Dispatch, comparison: Node): Comparison[] {
  const operators = comparison.childrenForFieldName('operators');
  const [left, right] = comparison.namedChildren;
  if (operators.length !== 1 || !left || !right) return [];
  const operator = operators[0]?.text;
  const { scope } = dispatch;
  const read = (access: TypeAccess) => regionReads(dispatch, access, branchRegion(comparison));
  if (operator === '==') {
    for (const [tested, candidate] of [[left, right], [right, left]] as const) {
      const access = dispatch.typeAccess(tested);
      if (access) return [{ candidate, scope, via: `${compactText(tested)} ==`, fieldsRead: read(access) }];
    }
  }
  const names = unwrapParentheses(right);
  const access = operator === 'in' ? dispatch.typeAccess(left) : undefined;
  if (access && ['tuple', 'list', 'set'].includes(names.type)) {
    const fieldsRead = read(access);
    return names.namedChildren.map((candidate) => ({ candidate, scope, via: `${compactText(left)} in`, fieldsRead }));
  }
  return [];
}

/** `match t: case "a" | Events.B:`; a bare name in a case captures, it is not a value. */
function matchCases(dispatch: Dispatch, match: Node): Comparison[] {
  const subject = match.childForFieldName('subject');
  const access = subject ? dispatch.typeAccess(subject) : undefined;
  if (!subject || !access) return [];
  const via = `match ${compactText(subject)}`;
  const clauses = match.childForFieldName('body')?.namedChildren ?? [];
  return clauses.flatMap((clause) => {
    const fieldsRead = regionReads(dispatch, access, caseRegion(clause));
    return clause.namedChildren
      .filter((child) => child.type === 'case_pattern')
      .flatMap((pattern) => pattern.namedChildren)
      .flatMap((alternative) => (alternative.type === 'union_pattern' ? alternative.namedChildren : [alternative]))
      .filter((value) => value.type === 'string' || (value.type === 'dotted_name' && value.namedChildren.length > 1))
      .map((candidate) => ({ candidate, scope: dispatch.scope, via, fieldsRead }));
  });
}

/** `handlers[data["type"]]` and `handlers.get(data.get("type"))`: every key of the table. */
function tableLookup(dispatch: Dispatch, node: Node): Comparison[] {
  const { project, scope } = dispatch;
  const lookup = node.type === 'subscript' ? subscriptParts(node) : dictGetParts(node);
  const access = lookup ? dispatch.typeAccess(lookup.key) : undefined;
  if (!lookup || !access) return [];
  const via = compactText(node);
  return tableSources(project, scope, lookup.object)
    .flatMap((source): ScopedValue[] => {
      if (source.kind === 'parameter') return [];
      return source.kind === 'outer' ? source.values : source.values.map((value) => ({ node: value, scope }));
    })
    .filter((value) => value.node.type === 'dictionary')
    .flatMap((dict) => dict.node.namedChildren.filter((entry) => entry.type === 'pair').map((pair) => ({ pair, dict })))
    .flatMap(({ pair, dict }) => {
      const candidate = pair.childForFieldName('key');
      const handler = pair.childForFieldName('value');
      if (!candidate) return [];
      const { message } = access;
      const fieldsRead = message && handler
        ? tableHandlerReads(project, scope, node, message, { node: handler, scope: dict.scope }, access.key)
        : undefined;
      return [{ candidate, scope: dict.scope, via, fieldsRead }];
    });
}

/** What the code selected for a name reads from the message; undefined without a message variable or a branch. */
function regionReads(dispatch: Dispatch, access: TypeAccess, region: Node[] | undefined): FieldRead[] | undefined {
  if (!access.message || !region) return undefined;
  const holder = { name: access.message, scope: dispatch.scope, region };
  return fieldsReadBy(holder, { typeKey: access.key, followCalls: true });
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
function typeAccessAt(scope: Scope, node: Node, keys: readonly string[], followVariables = true): TypeAccess | undefined {
  const expression = unwrapParentheses(node);
  const lookup = expression.type === 'subscript' ? subscriptParts(expression) : dictGetParts(expression);
  if (lookup) {
    const key = literalString(lookup.key);
    if (key === undefined || !keys.includes(key)) return undefined;
    return lookup.object.type === 'identifier' ? { key, message: lookup.object.text } : { key };
  }
  if (expression.type !== 'identifier' || !followVariables) return undefined;
  return (scope.assignments.get(expression.text) ?? [])
    .map((assignment) => typeAccessAt(scope, assignment.value, keys, false))
    .find((access) => access !== undefined);
}

/**
 * `t.startswith("terminal:")` selects a family of names: a dynamic handler of `terminal:*`
 * (`endswith` of `*:done`). A negated test (`not t.startswith(...)`) selects everything else, so
 * it handles nothing we can name.
 */
function affixTest(dispatch: Dispatch, call: Node): Comparison[] {
  const callee = call.type === 'call' ? call.childForFieldName('function') : null;
  const method = callee?.type === 'attribute' ? callee.childForFieldName('attribute')?.text : undefined;
  const tested = callee?.childForFieldName('object');
  if ((method !== 'startswith' && method !== 'endswith') || !tested) return [];
  if (unwrapParentheses(call).parent?.type === 'not_operator') return [];
  const access = dispatch.typeAccess(tested);
  const [argument] = call.childForFieldName('arguments')?.namedChildren ?? [];
  if (!access || !argument) return [];
  const affixes = argument.type === 'tuple' ? argument.namedChildren : [argument];
  const fieldsRead = regionReads(dispatch, access, branchRegion(call));
  const via = `${compactText(tested)}.${method}`;
  return affixes.flatMap((affix) => {
    const text = literalString(affix);
    if (text === undefined) return [];
    const pattern = method === 'startswith' ? `${text}*` : `*${text}`;
    return [{ candidate: affix, scope: dispatch.scope, via, fieldsRead, pattern }];
  });
}

/** Only names known exactly: a handler compared with an unknown value handles nothing we can name. */
function sitesFor(project: Project, comparison: Comparison, framework: PythonFramework): SiteDraft[] {
  if (comparison.pattern !== undefined) return [patternSite(comparison, comparison.pattern, framework)];
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
          ...(comparison.fieldsRead ? { fieldsRead: comparison.fieldsRead } : {}),
        }]
      : [],
  );
}

function patternSite(comparison: Comparison, pattern: string, framework: PythonFramework): SiteDraft {
  return {
    name: pattern,
    dynamic: true,
    kind: 'handle',
    node: comparison.candidate,
    scope: comparison.scope,
    via: comparison.via,
    rule: `python/${framework.id}`,
    ...(comparison.fieldsRead ? { fieldsRead: comparison.fieldsRead } : {}),
  };
}
