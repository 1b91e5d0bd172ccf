import { externalName, isOneOf } from './external-names.js';
import type { ClassFacts } from './facts.js';
import type { Project } from './project.js';
import { lookupGlobalPath } from './symbols.js';
import { identifierPath } from './syntax-tree.js';

/** The scanned classes a class derives from, nearest first (itself excluded). */
export function scannedAncestors(project: Project, facts: ClassFacts): ClassFacts[] {
  const ancestors: ClassFacts[] = [];
  const pending = directScannedBases(project, facts);
  for (let next = pending.shift(); next; next = pending.shift()) {
    if (next === facts || ancestors.includes(next)) continue;
    ancestors.push(next);
    pending.push(...directScannedBases(project, next));
  }
  return ancestors;
}

/** True when the class derives, directly or through scanned classes, from one of the library classes `bases`. */
export function derivesFrom(project: Project, facts: ClassFacts, bases: readonly string[]): boolean {
  return [facts, ...scannedAncestors(project, facts)].some((ancestor) =>
    ancestor.bases.some((base) => {
      const path = identifierPath(base);
      return path !== undefined && isOneOf(externalName(project, ancestor.module, path), bases);
    }),
  );
}

function directScannedBases(project: Project, facts: ClassFacts): ClassFacts[] {
  return facts.bases.flatMap((base) => {
    const path = identifierPath(base);
    const symbol = path ? lookupGlobalPath(project, facts.module, path) : undefined;
    return symbol?.kind === 'class' ? [symbol.facts] : [];
  });
}
