import type { Node } from 'web-tree-sitter';
import type { FieldRead } from '../../model/site.js';
import { callFactAt } from './call-arguments.js';
import { referencedFunctions } from './call-targets.js';
import type { CallFact, Scope, ScopedValue } from './facts.js';
import { mergeFieldsRead, parameterFieldsRead } from './field-reads.js';
import type { Project } from './project.js';

/** Expressions a type test can sit in and still decide the branch (`t == "a" or t == "b"`). */
const CONDITION_PARTS = new Set(['boolean_operator', 'parenthesized_expression']);

/**
 * The code a type test selects: the condition and body of the `if`/`elif` it is the condition
 * of. Undefined when the test decides no branch (`ok = t == "a"`).
 */
export function branchRegion(test: Node): Node[] | undefined {
  let part = test;
  while (part.parent && CONDITION_PARTS.has(part.parent.type)) part = part.parent;
  const statement = part.parent;
  if (statement?.type !== 'if_statement' && statement?.type !== 'elif_clause') return undefined;
  if (statement.childForFieldName('condition')?.equals(part) !== true) return undefined;
  const body = statement.childForFieldName('consequence');
  return body ? [part, body] : undefined;
}

/** The guard and body of a `case` clause. */
export function caseRegion(clause: Node): Node[] {
  const guard = clause.childForFieldName('guard');
  const body = clause.childForFieldName('consequence');
  return [guard, body].filter((node): node is Node => node !== null);
}

/**
 * What a handler found in a dispatch table (`handlers[data["type"]](ws, data)`) reads from the
 * message the lookup's caller passes it. `lookup` is the table access; the handler is called
 * right away or through the variable it is assigned to. Undefined when no call passes the message.
 */
export function tableHandlerReads(
  project: Project,
  scope: Scope,
  lookup: Node,
  message: string,
  handler: ScopedValue,
  typeKey: string,
): FieldRead[] | undefined {
  const targets = referencedFunctions(project, handler.scope, handler.node);
  const reads = lookupCalls(scope, lookup).flatMap((call) => {
    const position = call.positional.findIndex((argument) => isVariable(argument, message));
    if (position < 0) return [];
    return targets.map((target) =>
      parameterFieldsRead(target.scope, position + target.boundParameters, { typeKey, followCalls: false }),
    );
  });
  return mergeFieldsRead(reads);
}

/** `table[key](...)`, or `handler = table.get(key)` followed by `handler(...)`. */
function lookupCalls(scope: Scope, lookup: Node): CallFact[] {
  const parent = lookup.parent;
  if (parent?.type === 'call' && parent.childForFieldName('function')?.equals(lookup) === true) {
    const call = callFactAt(scope, parent);
    return call ? [call] : [];
  }
  const variable = parent?.type === 'assignment' && parent.childForFieldName('right')?.equals(lookup) === true
    ? parent.childForFieldName('left')
    : null;
  if (variable?.type !== 'identifier') return [];
  return scope.calls.filter((call) => isVariable(call.callee, variable.text) && call.node.startIndex > lookup.endIndex);
}

function isVariable(node: Node, name: string): boolean {
  return node.type === 'identifier' && node.text === name;
}
