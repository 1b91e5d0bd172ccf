import type { Node } from 'web-tree-sitter';
import type { Scope } from './facts.js';
import { evaluateName } from './name-values.js';
import type { Project } from './project.js';

/** The Socket.IO default namespace. */
export const DEFAULT_NAMESPACE = '/';

/** The namespaces a `namespace=` argument can name; empty when it names none exactly (`None`, a parameter). */
export function namespaceNames(project: Project, argument: Node, scope: Scope): string[] {
  const names = evaluateName(project, argument, scope).flatMap((outcome) =>
    outcome.kind === 'name' && !outcome.dynamic ? [outcome.name] : [],
  );
  return [...new Set(names)];
}
