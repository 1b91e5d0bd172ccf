import type { ModuleFacts } from '../../extract/python/facts.js';
import { relativeModuleCandidates } from '../../extract/javascript/relative-modules.js';
import { createModuleLocator } from '../../extract/python/module-paths.js';
import type { PythonModuleReference } from './python-facts.js';

/**
 * Resolves a relative specifier the way the JavaScript extractor's module graph does: the first of
 * `x`, `x.ts`, ..., `x/index.ts`, ... that is a scanned (non-embedded) file. `byPath` maps display
 * paths to file numbers.
 */
export function resolveSpecifier(byPath: ReadonlyMap<string, number>, fromPath: string, specifier: string): number | undefined {
  for (const candidate of relativeModuleCandidates(fromPath, specifier)) {
    const found = byPath.get(candidate);
    if (found !== undefined) return found;
  }
  return undefined;
}

export type PythonResolver = (fromIndex: number, reference: PythonModuleReference) => number | undefined;

/**
 * Resolves Python imports with the Python extractor's own module locator (relative imports from
 * the importing folder; absolute ones to the closest module whose path ends with the dotted name),
 * over every discovered Python file, so the module it picks is the one the full analysis picks.
 */
export function createPythonResolver(paths: ReadonlyMap<number, string>): PythonResolver {
  // The locator reads nothing but `file.path` of the modules it is given.
  const modules = new Map([...paths].map(([index, filePath]) => [index, { file: { path: filePath } } as unknown as ModuleFacts]));
  const indexOf = new Map([...modules].map(([index, module]) => [module, index]));
  const locate = createModuleLocator([...modules.values()]);
  return (fromIndex, reference) => {
    const from = modules.get(fromIndex);
    const found = from && locate(from, reference);
    return found ? indexOf.get(found) : undefined;
  };
}
