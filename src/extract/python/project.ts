import type { ModuleFacts, Scope } from './facts.js';
import { createModuleLocator, type ModuleLocator } from './module-paths.js';

/** Every module's facts plus the indexes the project-level passes look things up in. */
export interface Project {
  modules: readonly ModuleFacts[];
  scopes: readonly Scope[];
  /** Method name → methods of that name in every scanned class. */
  methodsByName: ReadonlyMap<string, readonly Scope[]>;
  locateModule: ModuleLocator;
}

export function createProject(modules: readonly ModuleFacts[]): Project {
  const methodsByName = new Map<string, Scope[]>();
  for (const scope of modules.flatMap((module) => module.scopes)) {
    for (const [name, method] of scope.ownerClass?.methods ?? []) {
      if (method !== scope) continue;
      methodsByName.set(name, [...(methodsByName.get(name) ?? []), method]);
    }
  }
  return {
    modules,
    scopes: modules.flatMap((module) => module.scopes),
    methodsByName,
    locateModule: createModuleLocator(modules),
  };
}
