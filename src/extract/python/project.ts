import type { ClassFacts, ModuleFacts, Scope } from './facts.js';
import { append } from '../../util/map-lists.js';
import { createModuleLocator, type ModuleLocator } from './module-paths.js';

/** Every module's facts plus the indexes the project-level passes look things up in. */
export interface Project {
  modules: readonly ModuleFacts[];
  scopes: readonly Scope[];
  /** Every scanned class, also those nested in functions or sharing a name. */
  classes: readonly ClassFacts[];
  /** Method name → methods of that name in every scanned class. */
  methodsByName: ReadonlyMap<string, readonly Scope[]>;
  /** Method names that classes outside the scanned files define too (`ExtractOptions.methodsDefinedElsewhere`). */
  methodsDefinedElsewhere: ReadonlySet<string>;
  locateModule: ModuleLocator;
}

export function createProject(modules: readonly ModuleFacts[], methodsDefinedElsewhere: readonly string[] = []): Project {
  const scopes = modules.flatMap((module) => module.scopes);
  const methodsByName = new Map<string, Scope[]>();
  for (const scope of scopes) {
    for (const [name, method] of scope.ownerClass?.methods ?? []) {
      if (method !== scope) continue;
      append(methodsByName, name, method);
    }
  }
  const classes = new Set(modules.flatMap((module) => [...module.classes.values()]));
  scopes.forEach((scope) => scope.ownerClass && classes.add(scope.ownerClass));
  return {
    modules,
    scopes,
    classes: [...classes],
    methodsByName,
    methodsDefinedElsewhere: new Set(methodsDefinedElsewhere),
    locateModule: createModuleLocator(modules),
  };
}
