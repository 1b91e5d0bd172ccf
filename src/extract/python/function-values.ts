import type { Node } from 'web-tree-sitter';
import { identifierSources } from './bindings.js';
import { argumentForParameter } from './call-arguments.js';
import { referencedFunctions } from './call-targets.js';
import { dictEntry } from './container-items.js';
import { externalName, isOneOf } from './external-names.js';
import type { CallFact, CallTarget, Scope, ScopedValue } from './facts.js';
import { append } from '../../util/map-lists.js';
import type { Project } from './project.js';
import { literalString } from './string-literal.js';
import { forEachInScope, identifierPath, unwrapParentheses } from './syntax-tree.js';

const PARTIAL_FUNCTIONS = ['functools.partial'];
const MAX_DEPTH = 16;
/** Each round can follow one more hop of an emitter handed from parameter to parameter. */
const MAX_ROUNDS = 8;

/**
 * Second resolution pass: calls of values bound to functions (`emit = make_emitter(ws)`,
 * `event_emitter`, `ctx["emit"]`, `self.emit_fn`, `functools.partial(send_event, ws)`) run what
 * those values are. A value is followed only when every way it can be bound is known: a
 * parameter counts only when every scanned call passes a function for it.
 */
export function resolveFunctionValueTargets(project: Project): void {
  const unresolved = project.scopes.flatMap((scope) => scope.calls).filter((call) => call.targets.length === 0);
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const values = new FunctionValues(project, callersByScope(project));
    let changed = false;
    for (const call of unresolved) {
      const targets = values.calleeTargets(call);
      if (sameTargets(targets, call.targets)) continue;
      call.targets = targets;
      changed = true;
    }
    if (!changed) return;
  }
}

interface Caller {
  call: CallFact;
  target: CallTarget;
}

function callersByScope(project: Project): Map<Scope, Caller[]> {
  const callers = new Map<Scope, Caller[]>();
  for (const call of project.scopes.flatMap((scope) => scope.calls)) {
    for (const target of call.targets) append(callers, target.scope, { call, target });
  }
  return callers;
}

function sameTargets(first: readonly CallTarget[], second: readonly CallTarget[]): boolean {
  const key = (target: CallTarget) => `${target.scope.module.file.path}\0${target.scope.node.startIndex}\0${target.boundParameters}`;
  return first.map(key).join('\n') === second.map(key).join('\n');
}

class FunctionValues {
  constructor(
    private readonly project: Project,
    private readonly callers: ReadonlyMap<Scope, readonly Caller[]>,
  ) {}

  /**
   * `targetsOf` the callee of a call `resolveAllCallTargets` found no targets for: the callee names
   * no scanned function itself, so only what it is bound to is followed.
   */
  calleeTargets(call: CallFact): CallTarget[] {
    const { callee, calleeType, scope } = call;
    if (calleeType === 'parenthesized_expression') return this.targetsOf(callee, scope, 0);
    if (calleeType === 'call') return this.callResult(callee, scope, 0);
    if (calleeType === 'lambda') return lambdaTarget(callee, scope);
    const values = calleeType === 'attribute'
      ? selfAttributeValues(call.calleePath, scope)
      : this.boundValues(callee, scope, 0, calleeType);
    return values ? this.allTargets(values, 0) : [];
  }

  /** The functions `node` may be when called; empty when any of its bindings is unknown. */
  targetsOf(node: Node, scope: Scope, depth: number): CallTarget[] {
    const expression = unwrapParentheses(node);
    if (depth > MAX_DEPTH) return [];
    if (expression.type === 'identifier' || expression.type === 'attribute') {
      const direct = referencedFunctions(this.project, scope, expression);
      if (direct.length > 0) return direct;
    }
    if (expression.type === 'call') return this.callResult(expression, scope, depth);
    if (expression.type === 'lambda') return lambdaTarget(expression, scope);
    const values = this.boundValues(expression, scope, depth);
    return values ? this.allTargets(values, depth) : [];
  }

  /** Every value must be a known function (`None` aside) for the binding to count. */
  private allTargets(values: readonly ScopedValue[], depth: number): CallTarget[] {
    const targets: CallTarget[] = [];
    for (const value of values) {
      if (unwrapParentheses(value.node).type === 'none') continue;
      const found = this.targetsOf(value.node, value.scope, depth + 1);
      if (found.length === 0) return [];
      targets.push(...found);
    }
    return targets;
  }

  /** `functools.partial(f, a)` is `f` with `a` bound; `make_emitter(ws)` is what the factory returns. */
  private callResult(call: Node, scope: Scope, depth: number): CallTarget[] {
    const callee = call.childForFieldName('function');
    if (!callee) return [];
    const argumentNodes = (call.childForFieldName('arguments')?.namedChildren ?? []).filter(
      (argument) => argument.type !== 'comment',
    );
    if (this.isPartial(callee, scope)) {
      const [wrapped, ...bound] = argumentNodes;
      if (!wrapped || bound.some((argument) => argument.type.endsWith('splat'))) return [];
      const positional = bound.filter((argument) => argument.type !== 'keyword_argument').length;
      return this.targetsOf(wrapped, scope, depth + 1).map((target) => ({
        scope: target.scope,
        boundParameters: target.boundParameters + positional,
      }));
    }
    const factories = this.targetsOf(callee, scope, depth + 1);
    return this.allTargets(factories.flatMap((factory) => returnedValues(factory.scope)), depth);
  }

  private isPartial(callee: Node, scope: Scope): boolean {
    const path = identifierPath(callee);
    return path !== undefined && isOneOf(externalName(this.project, scope.module, path), PARTIAL_FUNCTIONS);
  }

  /** The expressions a name, `self.attribute` or `dict["key"]` may hold; undefined when unknown. */
  private boundValues(expression: Node, scope: Scope, depth: number, type: string = expression.type): ScopedValue[] | undefined {
    if (type === 'identifier') return this.identifierValues(expression, scope);
    if (type === 'attribute') return selfAttributeValues(identifierPath(expression, type), scope);
    if (type === 'subscript') return this.entryValues(expression, scope, depth);
    return undefined;
  }

  private identifierValues(use: Node, scope: Scope): ScopedValue[] | undefined {
    const sources = identifierSources(this.project, scope, use);
    if (sources.length === 0) return undefined;
    const values: ScopedValue[] = [];
    for (const source of sources) {
      if (source.kind === 'local') values.push(...source.values.map((node) => ({ node, scope })));
      else if (source.kind === 'outer') values.push(...source.values);
      else {
        const passed = this.passedArguments(scope, source.index);
        if (!passed) return undefined;
        values.push(...passed);
      }
    }
    return values;
  }

  /** What every scanned call passes for parameter `index`; undefined when one passes nothing known. */
  private passedArguments(scope: Scope, index: number): ScopedValue[] | undefined {
    const callers = this.callers.get(scope) ?? [];
    if (callers.length === 0) return undefined;
    const values: ScopedValue[] = [];
    for (const { call, target } of callers) {
      const argument = argumentForParameter(call, target, index);
      if (!argument) return undefined;
      values.push(argument);
    }
    return values;
  }

  /** `ctx["emit"]`: the `"emit"` entries of the dicts `ctx` holds, and `ctx["emit"] = ...` in the scope. */
  private entryValues(subscript: Node, scope: Scope, depth: number): ScopedValue[] | undefined {
    const object = subscript.childForFieldName('value');
    const keyNode = subscript.childForFieldName('subscript');
    const key = keyNode ? literalString(keyNode) : undefined;
    if (!object || key === undefined) return undefined;
    const added = object.type === 'identifier' ? (scope.keyAdditions.get(object.text) ?? []) : [];
    const addedValues = added.filter((addition) => addition.key === key).map((addition) => ({ node: addition.value, scope }));
    const dicts = unwrapParentheses(object).type === 'dictionary' ? [{ node: object, scope }] : this.boundValues(object, scope, depth + 1);
    if (!dicts) return addedValues.length > 0 ? addedValues : undefined;
    const entries: ScopedValue[] = [...addedValues];
    for (const dict of dicts) {
      const entry = dictEntry(unwrapParentheses(dict.node), key);
      if (entry) entries.push({ node: entry, scope: dict.scope });
      else if (addedValues.length === 0) return undefined;
    }
    return entries;
  }
}

/** `self.emit_fn` (its `identifierPath`): what the class's methods assign to it. */
function selfAttributeValues(path: readonly string[] | undefined, scope: Scope): ScopedValue[] | undefined {
  if (path?.length !== 2 || path[0] !== 'self' || !scope.ownerClass) return undefined;
  const [, name] = path;
  return name === undefined ? undefined : scope.ownerClass.instanceAttributes.get(name);
}

function lambdaTarget(lambda: Node, scope: Scope): CallTarget[] {
  const own = scope.module.scopes.find((candidate) => candidate.node.equals(lambda));
  return own ? [{ scope: own, boundParameters: 0 }] : [];
}

/** The values a function's `return` statements give back. */
function returnedValues(scope: Scope): ScopedValue[] {
  if (scope.node.type !== 'function_definition') return [];
  const body = scope.node.childForFieldName('body');
  const values: ScopedValue[] = [];
  if (body) {
    forEachInScope(body, (node) => {
      const value = node.type === 'return_statement' ? node.namedChildren[0] : undefined;
      if (value) values.push({ node: value, scope });
    });
  }
  return values;
}
