import type { Node } from 'web-tree-sitter';
import type { Argument } from './helper-roles.js';
import type { CallFact, CallTarget, Scope } from './facts.js';
import type { ArgumentSpec } from './frameworks/framework.js';

/** The argument a call passes for `spec`: by keyword first, then by position. */
export function argumentAt(call: CallFact, spec: ArgumentSpec): Node | undefined {
  const byKeyword = spec.keyword === undefined ? undefined : call.keywords.get(spec.keyword);
  return byKeyword ?? (spec.position === undefined ? undefined : call.positional[spec.position]);
}

/** The argument bound to parameter `index` of the target: by keyword, by position, or its default. */
export function argumentForParameter(call: CallFact, target: CallTarget, index: number): Argument | undefined {
  const parameter = target.scope.parameters[index];
  if (!parameter) return undefined;
  const keyword = call.keywords.get(parameter.name);
  if (keyword) return { node: keyword, scope: call.scope };
  const position = index - target.boundParameters;
  if (position < 0) return undefined;
  const positional = parameter.positional ? call.positional[position] : undefined;
  if (positional) return { node: positional, scope: call.scope };
  if (call.spreadsArguments || !parameter.defaultValue) return undefined;
  return { node: parameter.defaultValue, scope: target.scope };
}

/** The facts of a call written in `scope` (decorator calls included). */
export function callFactAt(scope: Scope, node: Node): CallFact | undefined {
  return scope.calls.find((call) => call.node.startIndex === node.startIndex && call.node.endIndex === node.endIndex);
}
