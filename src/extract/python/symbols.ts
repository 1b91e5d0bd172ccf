import type { ClassFacts, ImportBinding, ModuleFacts, Scope, ScopedValue } from './facts.js';
import type { Project } from './project.js';

/** What a global name stands for. `value` holds every right-hand side assigned to it. */
export type PythonSymbol =
  | { kind: 'module'; module: ModuleFacts }
  | { kind: 'function'; scope: Scope }
  | { kind: 'class'; facts: ClassFacts }
  | { kind: 'value'; values: ScopedValue[] };

/** A dotted global name (`notifications.broadcast`, `EventType.DONE`), following imports and re-exports. */
export function lookupGlobalPath(project: Project, module: ModuleFacts, path: readonly string[]): PythonSymbol | undefined {
  for (let length = path.length; length >= 2; length -= 1) {
    const binding = module.imports.get(path.slice(0, length).join('.'));
    if (binding?.kind === 'module') return memberPath(project, resolveBinding(project, module, binding), path.slice(length));
  }
  const [head, ...rest] = path;
  return head === undefined ? undefined : memberPath(project, moduleMember(project, module, head), rest);
}

export function moduleMember(
  project: Project,
  module: ModuleFacts,
  name: string,
  visited?: Set<string>,
): PythonSymbol | undefined {
  const definition = module.scope.functions.get(name);
  if (definition) return { kind: 'function', scope: definition };
  const facts = module.classes.get(name);
  if (facts) return { kind: 'class', facts };
  const assignments = module.scope.assignments.get(name);
  if (assignments) {
    return { kind: 'value', values: assignments.map((assignment) => ({ node: assignment.value, scope: module.scope })) };
  }
  const binding = module.imports.get(name);
  if (!binding) return undefined;
  // Only imports lead elsewhere, so only they can come back here (`from .b import x` in both modules).
  const key = `${module.file.path}\0${name}`;
  if (visited?.has(key)) return undefined;
  return resolveBinding(project, module, binding, (visited ?? new Set()).add(key));
}

function resolveBinding(
  project: Project,
  from: ModuleFacts,
  binding: ImportBinding,
  visited?: Set<string>,
): PythonSymbol | undefined {
  if (binding.kind === 'module') return moduleSymbol(project.locateModule(from, binding.target));
  const owner = project.locateModule(from, binding.target);
  const member = owner ? moduleMember(project, owner, binding.name, visited) : undefined;
  if (member) return member;
  const submodule = { level: binding.target.level, parts: [...binding.target.parts, binding.name] };
  return moduleSymbol(project.locateModule(from, submodule));
}

function moduleSymbol(module: ModuleFacts | undefined): PythonSymbol | undefined {
  return module ? { kind: 'module', module } : undefined;
}

function memberPath(project: Project, start: PythonSymbol | undefined, rest: readonly string[]): PythonSymbol | undefined {
  let symbol = start;
  for (const name of rest) {
    if (symbol?.kind === 'module') symbol = moduleMember(project, symbol.module, name);
    else if (symbol?.kind === 'class') symbol = classMember(symbol.facts, name);
    else return undefined;
  }
  return symbol;
}

export function classMember(facts: ClassFacts, name: string): PythonSymbol | undefined {
  const method = facts.methods.get(name);
  if (method) return { kind: 'function', scope: method };
  const values = facts.attributes.get(name) ?? facts.instanceAttributes.get(name);
  return values ? { kind: 'value', values } : undefined;
}
