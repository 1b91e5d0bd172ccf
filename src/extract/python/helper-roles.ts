import type { Node } from 'web-tree-sitter';
import type { Scope } from './facts.js';
import type { PythonFramework } from './frameworks/index.js';

/**
 * What a call does with one of its arguments: sends it as a whole message whose name is under
 * `typeKey`, or uses it as the event name.
 */
export type ArgumentRole = MessageRole | NameRole;

export interface MessageRole {
  kind: 'message';
  framework: PythonFramework;
  typeKey: string;
}

export interface NameRole {
  kind: 'name';
  framework: PythonFramework;
  /** The data sent with the name, when the API sends any. */
  payload?: Payload;
  /** Set for APIs with Socket.IO namespaces. */
  namespace?: NamespaceChoice;
}

/** The namespaces a Socket.IO send goes to: named ones, or those of the handler the site runs in. */
export type NamespaceChoice = { kind: 'named'; names: readonly string[] } | { kind: 'context' };

export interface Payload {
  /** The key holding the event name, for messages that carry their name (`{"type": ...}`). */
  typeKey?: string;
  /** The dict's other keys, sorted. */
  keys: readonly string[];
  /**
   * Parameters spread into the dict (`{"type": event_type, **payload}`) or passed as the data
   * (`sio.emit(event, data)`): each call adds its argument's keys.
   */
  parameters: readonly number[];
  /** False until a dict is seen: data that is not a dict (or not known yet) has no keys to report. */
  known: boolean;
}

/** An argument as passed at a call (or a parameter default when the call leaves it out). */
export interface Argument {
  node: Node;
  scope: Scope;
}

/** What one call does with one of its arguments. */
export interface RoleAtCall {
  argument: Argument;
  role: ArgumentRole;
}

export interface ParameterRole {
  index: number;
  role: ArgumentRole;
}

/**
 * The roles learnt so far for helper parameters. Roles only grow, so the project-level pass can
 * repeat until `add` stops reporting news (a fixed point).
 */
export class HelperRoles {
  private readonly byScope = new Map<Scope, Map<string, ParameterRole>>();

  rolesOf(scope: Scope): ParameterRole[] {
    return [...(this.byScope.get(scope)?.values() ?? [])];
  }

  /** Records that `scope`'s parameter `index` plays `role`; true when this is new knowledge. */
  add(scope: Scope, index: number, role: ArgumentRole): boolean {
    const roles = this.byScope.get(scope) ?? new Map<string, ParameterRole>();
    this.byScope.set(scope, roles);
    const key = roleKey(role, index);
    const known = roles.get(key);
    if (!known) {
      roles.set(key, { index, role });
      return true;
    }
    if (known.role.kind !== 'name' || role.kind !== 'name' || !role.payload) return false;
    const payload = known.role.payload ? mergePayloads(known.role.payload, role.payload) : role.payload;
    if (known.role.payload && samePayloadSize(payload, known.role.payload)) return false;
    roles.set(key, { index, role: { ...known.role, payload } });
    return true;
  }
}

export function mergePayloads(first: Payload, second: Payload): Payload {
  return {
    ...(first.typeKey === undefined ? {} : { typeKey: first.typeKey }),
    keys: [...new Set([...first.keys, ...second.keys])].sort(),
    parameters: [...new Set([...first.parameters, ...second.parameters])].sort((a, b) => a - b),
    known: first.known || second.known,
  };
}

/** Roles of one parameter that differ in any of these are learnt separately. */
function roleKey(role: ArgumentRole, index: number): string {
  const typeKey = role.kind === 'message' ? role.typeKey : (role.payload?.typeKey ?? '');
  const namespace = role.kind === 'name' && role.namespace ? JSON.stringify(role.namespace) : '';
  return [role.kind, role.framework.id, typeKey, namespace, index].join('\0');
}

function samePayloadSize(first: Payload, second: Payload): boolean {
  return (
    first.keys.length === second.keys.length &&
    first.parameters.length === second.parameters.length &&
    first.known === second.known
  );
}
