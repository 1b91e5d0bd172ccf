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
  /** The message dict the name is sent in, when there is one. */
  payload?: Payload;
}

export interface Payload {
  typeKey: string;
  /** The dict's other keys, sorted. */
  keys: readonly string[];
  /** Parameters spread into the dict (`{"type": event_type, **payload}`): each call adds its argument's keys. */
  parameters: readonly number[];
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
    const typeKey = role.kind === 'message' ? role.typeKey : (role.payload?.typeKey ?? '');
    const key = [role.kind, role.framework.id, typeKey, index].join('\0');
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
    typeKey: first.typeKey,
    keys: [...new Set([...first.keys, ...second.keys])].sort(),
    parameters: [...new Set([...first.parameters, ...second.parameters])].sort((a, b) => a - b),
  };
}

function samePayloadSize(first: Payload, second: Payload): boolean {
  return first.keys.length === second.keys.length && first.parameters.length === second.parameters.length;
}
