import type { Node } from 'web-tree-sitter';
import { isLocalName } from './bindings.js';
import type { CallFact, CallTarget, Scope } from './facts.js';
import type { Project } from './project.js';
import { lookupGlobalPath, moduleMember } from './symbols.js';
import { identifierPath } from './syntax-tree.js';

/** Fills `targets` of every call: the scanned functions and methods it may run. */
export function resolveAllCallTargets(project: Project): void {
  for (const scope of project.scopes) {
    for (const call of scope.calls) call.targets = calleeTargets(project, call);
  }
}

/** `referencedFunctions` of a call's callee, from what the facts pass read of it. */
function calleeTargets(project: Project, call: CallFact): CallTarget[] {
  const { calleeType, calleePath, method, scope } = call;
  if (calleeType === 'identifier' && calleePath?.[0] !== undefined) {
    return functionTarget(lookupFunction(project, scope, calleePath[0]));
  }
  if (calleeType !== 'attribute' || !method) return [];
  return methodTargets(project, scope, calleePath?.slice(0, -1), method.name);
}

/**
 * The scanned functions and methods a callee (or a function passed by reference) may be.
 * `helper`: a function of the enclosing scopes, the module or an import.
 * `module.helper`: a function of an imported module. `self.method`: the own class.
 * `anything.method`: a method of a scanned class, only when no other class has that name.
 */
export function referencedFunctions(project: Project, scope: Scope, reference: Node): CallTarget[] {
  const type = reference.type;
  if (type === 'identifier') return functionTarget(lookupFunction(project, scope, reference.text));
  if (type !== 'attribute') return [];
  const object = reference.childForFieldName('object');
  const method = reference.childForFieldName('attribute')?.text;
  if (!object || method === undefined) return [];
  return methodTargets(project, scope, identifierPath(object), method);
}

/** `object.method`, where `path` is the object's `identifierPath`. */
function methodTargets(project: Project, scope: Scope, path: readonly string[] | undefined, method: string): CallTarget[] {
  const own = path?.length === 1 && ['self', 'cls'].includes(path[0] ?? '') ? scope.ownerClass?.methods.get(method) : undefined;
  if (own) return [{ scope: own, boundParameters: own.boundParameters }];
  const owner = path?.[0] !== undefined && !isLocalName(scope, path[0])
    ? lookupGlobalPath(project, scope.module, path)
    : undefined;
  if (owner?.kind === 'module') {
    const member = moduleMember(project, owner.module, method);
    return functionTarget(member?.kind === 'function' ? member.scope : undefined);
  }
  if (owner?.kind === 'class') {
    const member = owner.facts.methods.get(method);
    return member ? [{ scope: member, boundParameters: member.boundParameters }] : [];
  }
  const [only, ...others] = project.methodsByName.get(method) ?? [];
  const unique = only && others.length === 0 && !project.methodsDefinedElsewhere.has(method);
  return unique ? [{ scope: only, boundParameters: only.boundParameters }] : [];
}

function lookupFunction(project: Project, scope: Scope, name: string): Scope | undefined {
  for (let enclosing: Scope | undefined = scope; enclosing; enclosing = enclosing.parent) {
    const local = enclosing.functions.get(name);
    if (local) return local;
  }
  const symbol = moduleMember(project, scope.module, name);
  return symbol?.kind === 'function' ? symbol.scope : undefined;
}

function functionTarget(scope: Scope | undefined): CallTarget[] {
  return scope ? [{ scope, boundParameters: 0 }] : [];
}
