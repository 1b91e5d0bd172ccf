import type { Node } from 'web-tree-sitter';
import type { Scope, ScopedValue } from './facts.js';
import type { Project } from './project.js';
import { classMember, lookupGlobalPath, type PythonSymbol } from './symbols.js';

/**
 * Where the value of a name read in a scope comes from.
 * `local`: assignments earlier in the same function; a value found there is located where it
 * is written. `parameter`: the function's own parameter. `outer`: a module constant, a class
 * attribute or a variable of an enclosing function, shared by many uses, so a value found there
 * is located at the use.
 */
export type ValueSource =
  | { kind: 'local'; values: Node[] }
  | { kind: 'parameter'; index: number }
  | { kind: 'outer'; values: ScopedValue[] };

/** Sources of an identifier read at `use`; empty when nothing scanned defines it. */
export function identifierSources(project: Project, scope: Scope, use: Node): ValueSource[] {
  const name = use.text;
  const sources: ValueSource[] = [];
  if (scope.name !== undefined) {
    const earlier = (scope.assignments.get(name) ?? []).filter((assignment) => assignment.at < use.startIndex);
    if (earlier.length > 0) sources.push({ kind: 'local', values: earlier.map((assignment) => assignment.value) });
    const index = scope.parameters.findIndex((parameter) => parameter.name === name);
    if (index >= 0) sources.push({ kind: 'parameter', index });
  }
  if (sources.length > 0) return sources;
  const outer = outerSource(project, scope, name);
  return outer ? [outer] : [];
}

function outerSource(project: Project, scope: Scope, name: string): ValueSource | undefined {
  for (let enclosing = scope.parent; enclosing?.name !== undefined; enclosing = enclosing.parent) {
    const assignments = enclosing.assignments.get(name);
    if (assignments) {
      return { kind: 'outer', values: assignments.map((assignment) => ({ node: assignment.value, scope: enclosing })) };
    }
    if (enclosing.parameters.some((parameter) => parameter.name === name)) return undefined;
  }
  return outerValues(lookupGlobalPath(project, scope.module, [name]));
}

/** Sources of `A.B` / `mod.CONST` / `self.attr` (class and enum members, imported constants). */
export function attributeSource(project: Project, scope: Scope, path: readonly string[]): ValueSource | undefined {
  const [head, member] = path;
  if ((head === 'self' || head === 'cls') && path.length === 2 && member !== undefined) {
    return outerValues(scope.ownerClass ? classMember(scope.ownerClass, member) : undefined);
  }
  if (head === undefined || isLocalName(scope, head)) return undefined;
  return outerValues(lookupGlobalPath(project, scope.module, path));
}

function outerValues(symbol: PythonSymbol | undefined): ValueSource | undefined {
  return symbol?.kind === 'value' ? { kind: 'outer', values: symbol.values } : undefined;
}

/** A parameter or variable of the function shadows a global of the same name. */
export function isLocalName(scope: Scope, name: string): boolean {
  if (scope.name === undefined) return false;
  return scope.assignments.has(name) || scope.parameters.some((parameter) => parameter.name === name);
}
