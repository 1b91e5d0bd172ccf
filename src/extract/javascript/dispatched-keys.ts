import { isCall, isMember, isValueArgument, methodCall, type Node } from './ast.js';
import { DISCRIMINANT_CANDIDATES, DiscriminantKeys, WEAK_DISCRIMINANTS } from './discriminant-keys.js';
import type { EventNames } from './event-names.js';
import type { IncomingMessages } from './incoming.js';
import type { ParsedFile } from './parsed-file.js';
import type { PayloadPaths } from './payload-paths.js';
import type { Project } from './project.js';

const EQUALITY_OPERATORS = new Set(['===', '==']);

/**
 * An expression the code may dispatch on; `literal` when it is compared with a known name (a
 * `case 'x'`, `=== 'x'`, `startsWith('x')`) rather than only looked up in a map.
 */
interface Evidence {
  node: Node;
  literal: boolean;
}

function isKnownName(node: Node | null | undefined, file: ParsedFile, names: EventNames): boolean {
  return !!node && isValueArgument(node) && !names.pattern({ node, file }).dynamic;
}

function evidenceAt(node: Node, file: ParsedFile, names: EventNames): Evidence[] {
  if (node.type === 'SwitchStatement') {
    const literal = node.cases.some((switchCase) => isKnownName(switchCase.test, file, names));
    return [{ node: node.discriminant, literal }];
  }
  if (node.type === 'BinaryExpression' && EQUALITY_OPERATORS.has(node.operator) && node.left.type !== 'PrivateName') {
    return [
      { node: node.left, literal: isKnownName(node.right, file, names) },
      { node: node.right, literal: isKnownName(node.left, file, names) },
    ];
  }
  if (isMember(node) && node.computed) return [{ node: node.property, literal: false }];
  const target = isCall(node) ? methodCall(node) : undefined;
  const argument = isCall(node) ? node.arguments[0] : undefined;
  if (!target || !isValueArgument(argument)) return [];
  if (target.method === 'startsWith' || target.method === 'endsWith') {
    return [{ node: target.receiver, literal: isKnownName(argument, file, names) }];
  }
  return target.method === 'get' || target.method === 'includes' ? [{ node: argument, literal: false }] : [];
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
      for (const evidence of evidenceAt(node, file, names)) {
        if (incoming.classify({ node: evidence.node, file }) !== 'type') continue;
        const key = paths.of({ node: evidence.node, file }).path.at(-1);
        if (key !== undefined && (evidence.literal || !WEAK_DISCRIMINANTS.has(key))) found.add(key);
      }
    }
  }
  const keys = new DiscriminantKeys(found);
  incoming.useTypeFields(keys.dispatched);
  return keys;
}
