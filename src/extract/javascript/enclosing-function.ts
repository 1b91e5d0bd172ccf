import { isClass, isFunction, isMember, keyName, memberName, type FunctionNode, type Node } from './ast.js';
import { sourceText, type ParsedFile } from './parsed-file.js';
import type { Project } from './project.js';
import type { Located } from './trace.js';

function className(project: Project, file: ParsedFile, member: Node): string | undefined {
  const body = file.parents.get(member);
  const owner = body && file.parents.get(body);
  return owner && isClass(owner) ? project.classes.of(owner)?.name : undefined;
}

function qualified(owner: string | undefined, name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  return owner === undefined ? name : `${owner}.${name}`;
}

/**
 * `handle = function` → `handle`; `window.onSocket = function` → `window.onSocket`. Event-handler
 * slots (`ws.onmessage = ...`) are callbacks, not names: the function around them names the site.
 */
function assignedName(file: ParsedFile, left: Node): string | undefined {
  if (left.type === 'Identifier') return left.name;
  if (!isMember(left)) return undefined;
  const property = memberName(left);
  return property === undefined || /^on[a-z]+$/.test(property) ? undefined : sourceText(file, left);
}

/** The name a function is known by: its own, its variable's, `Class.method`, or the property it is assigned to. */
function functionName(project: Project, file: ParsedFile, fn: FunctionNode): string | undefined {
  switch (fn.type) {
    case 'FunctionDeclaration':
      return fn.id?.name;
    case 'ClassMethod':
    case 'ClassPrivateMethod':
      return qualified(className(project, file, fn), keyName(fn.key, fn.type === 'ClassMethod' && fn.computed));
    case 'ObjectMethod':
      return keyName(fn.key, fn.computed);
    default:
      break;
  }
  if (fn.type === 'FunctionExpression' && fn.id) return fn.id.name;
  const parent = file.parents.get(fn);
  switch (parent?.type) {
    case 'VariableDeclarator':
      return parent.id.type === 'Identifier' ? parent.id.name : undefined;
    case 'ClassProperty':
    case 'ClassPrivateProperty': {
      const computed = parent.type === 'ClassProperty' && parent.computed;
      return qualified(className(project, file, parent), keyName(parent.key, computed));
    }
    case 'ObjectProperty':
      return parent.value === fn ? keyName(parent.key, parent.computed) : undefined;
    case 'AssignmentExpression':
      return parent.right === fn ? assignedName(file, parent.left) : undefined;
    default:
      return undefined;
  }
}

/** The nearest named function around a node; anonymous callbacks are looked through. */
export function enclosingFunctionName(project: Project, located: Located): string | undefined {
  for (let current = located.file.parents.get(located.node); current; current = located.file.parents.get(current)) {
    if (!isFunction(current)) continue;
    const name = functionName(project, located.file, current);
    if (name !== undefined) return name;
  }
  return undefined;
}
