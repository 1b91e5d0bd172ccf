import type { Node } from 'web-tree-sitter';
import { attributeSource, identifierSources, isLocalName } from './bindings.js';
import { derivesFrom } from './class-ancestry.js';
import { externalName, importsAnyOf, isOneOf } from './external-names.js';
import type { Scope, ScopedValue } from './facts.js';
import type { ReceiverMatch } from './frameworks/framework.js';
import type { Project } from './project.js';
import { lookupGlobalPath } from './symbols.js';
import { identifierPath, unwrapParentheses } from './syntax-tree.js';

/**
 * What an object expression holds. `built`: the result of a library call, by qualified name.
 * `other`: something else scanned code defines. `unknown`: a parameter, a scanned function's
 * return value, or nothing scanned at all.
 */
type ObjectOrigin = { kind: 'built'; by: string } | { kind: 'other' } | { kind: 'unknown' };

const MAX_DEPTH = 8;

/** True when `receiver`, read in `scope`, is an object one of the `matches` describes. */
export function receiverMatches(
  project: Project,
  scope: Scope,
  receiver: Node,
  matches: readonly ReceiverMatch[],
): boolean {
  const expression = unwrapParentheses(receiver);
  if (isBareSelf(expression)) {
    return matches.some((match) => match.kind === 'self' && isSelfMatch(project, scope, expression, match));
  }
  const origins = objectOrigins(project, scope, expression, 0);
  return matches.some((match) => {
    if (match.kind === 'instance') return origins.some((origin) => origin.kind === 'built' && isOneOf(origin.by, match.of));
    if (match.kind === 'unresolved') {
      return origins.every((origin) => origin.kind === 'unknown') && importsAnyOf(scope.module, match.inFilesImporting);
    }
    return isSelfMatch(project, scope, expression, match);
  });
}

/** `self` is the class's own instance, never an unresolved object. */
function isBareSelf(expression: Node): boolean {
  return expression.type === 'identifier' && (expression.text === 'self' || expression.text === 'cls');
}

function isSelfMatch(project: Project, scope: Scope, expression: Node, match: ReceiverMatch & { kind: 'self' }): boolean {
  const path = identifierPath(expression);
  const expected = match.attribute === undefined ? ['self'] : ['self', match.attribute];
  const owner = scope.ownerClass;
  return path?.join('.') === expected.join('.') && owner !== undefined && derivesFrom(project, owner, match.of);
}

function objectOrigins(project: Project, scope: Scope, expression: Node, depth: number): ObjectOrigin[] {
  if (depth > MAX_DEPTH) return [{ kind: 'unknown' }];
  const values = definitions(project, scope, expression);
  if (values === undefined) return [{ kind: 'unknown' }];
  return values.flatMap((value) => {
    const node = unwrapParentheses(value.node);
    if (node.type === 'identifier' || node.type === 'attribute') return objectOrigins(project, value.scope, node, depth + 1);
    return [callOrigin(project, value.scope, node)];
  });
}

/** The values a name can hold, or undefined when nothing scanned assigns it (a parameter, an import). */
function definitions(project: Project, scope: Scope, expression: Node): ScopedValue[] | undefined {
  if (expression.type === 'identifier') {
    const sources = identifierSources(project, scope, expression);
    const values = sources.flatMap((source): ScopedValue[] => {
      if (source.kind === 'local') return source.values.map((node) => ({ node, scope }));
      return source.kind === 'outer' ? source.values : [];
    });
    return values.length > 0 ? values : undefined;
  }
  if (expression.type === 'attribute') {
    const path = identifierPath(expression);
    const source = path ? attributeSource(project, scope, path) : undefined;
    return source?.kind === 'outer' ? source.values : undefined;
  }
  return [{ node: expression, scope }];
}

function callOrigin(project: Project, scope: Scope, node: Node): ObjectOrigin {
  const callee = node.type === 'call' ? node.childForFieldName('function') : null;
  const path = callee ? identifierPath(callee) : undefined;
  if (!callee || !path?.[0] || isLocalName(scope, path[0])) return { kind: node.type === 'call' ? 'unknown' : 'other' };
  const library = externalName(project, scope.module, path);
  if (library !== undefined) return { kind: 'built', by: library };
  return lookupGlobalPath(project, scope.module, path)?.kind === 'class' ? { kind: 'other' } : { kind: 'unknown' };
}
