import type { ImportBinding, ModuleFacts } from './facts.js';
import type { Project } from './project.js';

/**
 * The qualified name a dotted global refers to in a module that was not scanned (a library),
 * following imports and re-exports through scanned modules: after `from flask_socketio import
 * emit`, `emit` is `flask_socketio.emit`; after `import socketio`, `socketio.AsyncServer` is
 * itself. Undefined when scanned code defines the name.
 */
export function externalName(
  project: Project,
  module: ModuleFacts,
  path: readonly string[],
  visited: Set<string> = new Set(),
): string | undefined {
  const [head] = path;
  if (head === undefined || definesLocally(module, head)) return undefined;
  const key = `${module.file.path}\0${path.join('.')}`;
  if (visited.has(key)) return undefined;
  visited.add(key);
  for (let length = path.length; length >= 1; length -= 1) {
    const binding = module.imports.get(path.slice(0, length).join('.'));
    if (binding) return bindingName(project, module, binding, path.slice(length), visited);
  }
  return undefined;
}

/**
 * True when `name` is one of `wanted`, or names the same object through another module of the
 * same package (`socketio.async_server.AsyncServer` for `socketio.AsyncServer`).
 */
export function isOneOf(name: string | undefined, wanted: readonly string[]): boolean {
  if (name === undefined) return false;
  const parts = name.split('.');
  return wanted.some((candidate) => {
    if (candidate === name) return true;
    const wantedParts = candidate.split('.');
    return parts.length > wantedParts.length && parts[0] === wantedParts[0] && parts.at(-1) === wantedParts.at(-1);
  });
}

/** True when the module imports one of `packages` (`import socketio`, `from flask_socketio import emit`). */
export function importsAnyOf(module: ModuleFacts, packages: readonly string[]): boolean {
  return [...module.imports.values()].some(
    (binding) => binding.target.level === 0 && packages.includes(binding.target.parts[0] ?? ''),
  );
}

function definesLocally(module: ModuleFacts, name: string): boolean {
  return module.scope.functions.has(name) || module.classes.has(name) || module.scope.assignments.has(name);
}

function bindingName(
  project: Project,
  from: ModuleFacts,
  binding: ImportBinding,
  rest: readonly string[],
  visited: Set<string>,
): string | undefined {
  const owner = project.locateModule(from, binding.target);
  const memberPath = binding.kind === 'member' ? [binding.name, ...rest] : rest;
  if (owner) return memberPath.length > 0 ? externalName(project, owner, memberPath, visited) : undefined;
  if (binding.target.level > 0) return undefined;
  return [...binding.target.parts, ...memberPath].join('.');
}
