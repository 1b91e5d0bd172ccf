import { isCall, isMember, isValueArgument, methodCall, type Node } from './ast.js';
import { DISCRIMINANT_CANDIDATES, DiscriminantKeys, WEAK_DISCRIMINANTS } from './discriminant-keys.js';
import type { EventNames } from './event-names.js';
import type { IncomingMessages } from './incoming.js';
import type { ParsedFile } from './parsed-file.js';
import type { PayloadPaths } from './payload-paths.js';
import type { Project } from './project.js';

const EQUALITY_OPERATORS = new Set(['===', '==']);

/**
 * An expression the code may dispatch on, and what it is compared with (a `case` test, the other
 * side of `===`, `startsWith`'s argument): none when it is only looked up in a map.
 */
interface Evidence {
  node: Node;
  comparedWith: readonly (Node | null | undefined)[];
}

function isKnownName(node: Node | null | undefined, file: ParsedFile, names: EventNames): boolean {
  return !!node && isValueArgument(node) && !names.pattern({ node, file }).dynamic;
}

function evidenceAt(node: Node): Evidence[] {
  if (node.type === 'SwitchStatement') {
    return [{ node: node.discriminant, comparedWith: node.cases.map((switchCase) => switchCase.test) }];
  }
  if (node.type === 'BinaryExpression' && EQUALITY_OPERATORS.has(node.operator) && node.left.type !== 'PrivateName') {
    return [
      { node: node.left, comparedWith: [node.right] },
      { node: node.right, comparedWith: [node.left] },
    ];
  }
  if (isMember(node) && node.computed) return [{ node: node.property, comparedWith: [] }];
  const target = isCall(node) ? methodCall(node) : undefined;
  const argument = isCall(node) ? node.arguments[0] : undefined;
  if (!target || !isValueArgument(argument)) return [];
  if (target.method === 'startsWith' || target.method === 'endsWith') {
    return [{ node: target.receiver, comparedWith: [argument] }];
  }
  return target.method === 'get' || target.method === 'includes' ? [{ node: argument, comparedWith: [] }] : [];
}

/**
 * Decides which fields of incoming messages name their event, and tells `incoming`: every
 * candidate key (`event`, `action`, `op`, ...) the code switches on, compares with a name or looks
 * handlers up by, read on a message that arrived from the socket. Redux's `action.type` and DOM
 * events are not incoming messages, so they never count; `type` always does.
 */
export function dispatchedKeys(
  project: Project,
  incoming: IncomingMessages,
  paths: PayloadPaths,
  names: EventNames,
): DiscriminantKeys {
  incoming.useTypeFields(new Set(DISCRIMINANT_CANDIDATES));
  const found = new Set<string>();
  for (const file of project.files) {
    for (const node of file.nodes) {
      for (const evidence of evidenceAt(node)) {
        if (incoming.classify({ node: evidence.node, file }) !== 'type') continue;
        const key = paths.of({ node: evidence.node, file }).path.at(-1);
        if (key === undefined || found.has(key)) continue;
        // Names are read last, and only for a weak key (`name`, `t`): it counts only when compared with a known name.
        if (!WEAK_DISCRIMINANTS.has(key) || evidence.comparedWith.some((other) => isKnownName(other, file, names))) {
          found.add(key);
        }
      }
    }
  }
  const keys = new DiscriminantKeys(found);
  incoming.useTypeFields(keys.dispatched);
  return keys;
}
