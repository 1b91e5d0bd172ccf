import type * as t from '@babel/types';

import { isCallTo, isMember, keyName, memberName, unwrap, type Node } from './ast.js';
import type { EventNames } from './event-names.js';
import type { DiscriminantKeys } from './discriminant-keys.js';
import type { ParsedFile } from './parsed-file.js';
import type { Project } from './project.js';
import type { Binding } from './scope.js';
import type { Located, Traced, Tracer } from './trace.js';

/**
 * A parameter of the function that builds a message, whose keys its callers know: spread into the
 * message (`{ type, ...payload }`, `under` unset) or put under a key (`{ type, data }`, `under: 'data'`).
 */
export interface PayloadParam {
  binding: Binding;
  under?: string;
}

/**
 * What a sent message is: `typed` an object whose type field (`type`, or the key the code
 * dispatches on: `event`, `action`, ...) names the event (`type` points at
 * that field's value; `params` are parameters whose keys the callers know); `untyped` anything
 * else; `param` a parameter of the enclosing function, so the message comes from that function's
 * callers. `payloadKeys` is undefined when some key cannot be seen.
 */
export type SentMessage =
  | { kind: 'typed'; type: Located; payloadKeys: string[] | undefined; params: PayloadParam[] }
  | { kind: 'untyped'; at: Located; payloadKeys?: string[] | undefined }
  | { kind: 'param'; binding: Binding };

/** Keys of an object literal and of the literals nested in it, before parameters are filled in. */
interface ObjectContent {
  /** Undefined when a key cannot be seen (a computed key, a spread of something unknown). */
  keys: string[] | undefined;
  params: PayloadParam[];
}

export function sortedUnique(keys: readonly string[]): string[] {
  return [...new Set(keys)].sort();
}

/** The keys one level down: `data.pipeline_id` for `data: { pipeline_id }`. */
export function nestedKeys(parent: string, keys: readonly string[]): string[] {
  return keys.filter((key) => !key.includes('.')).map((key) => `${parent}.${key}`);
}

function singleParam(traced: readonly Traced[]): Binding | undefined {
  const only = traced.length === 1 ? traced[0] : undefined;
  return only?.kind === 'param' && only.binding.param?.path.length === 0 ? only.binding : undefined;
}

/**
 * Reads the message given to `send`: object literals, `JSON.stringify(...)`, variables holding them
 * (with the keys assigned to the variable later, `msg.extra = ...`), and the keys of object
 * literals nested one level deep (`data: { id }` → `data`, `data.id`).
 */
export class Messages {
  /** Expressions being read right now: `m = JSON.stringify(m)` ends instead of looping. */
  private readonly inProgress = new Set<Node>();
  private readonly assignedByBinding = new Map<Binding, string[] | undefined>();

  constructor(
    private readonly project: Project,
    private readonly tracer: Tracer,
    private readonly names: EventNames,
    private readonly keys: DiscriminantKeys,
  ) {}

  resolve(located: Located): SentMessage[] {
    const node = unwrap(located.node);
    if (this.inProgress.has(node)) return [];
    this.inProgress.add(node);
    try {
      return this.nodeMessages(node, located);
    } finally {
      this.inProgress.delete(node);
    }
  }

  /**
   * Keys of the object an expression holds, nested ones included, sorted; undefined when unknown
   * (a parameter spread into it is unknown here: only a helper's callers know it).
   */
  objectKeys(located: Located): string[] | undefined {
    const content = this.objectContentOf(located, true);
    const hasSpreadParam = content?.params.some((param) => param.under === undefined);
    return content?.keys && !hasSpreadParam ? sortedUnique(content.keys) : undefined;
  }

  private nodeMessages(node: Node, located: Located): SentMessage[] {
    if (isCallTo(node, 'JSON', 'stringify') && node.arguments[0]) {
      return this.resolve({ node: node.arguments[0], file: located.file });
    }
    if (node.type === 'ObjectExpression') return [this.objectMessage(node, located.file, [])];
    if (node.type !== 'Identifier' && !isMember(node)) return [{ kind: 'untyped', at: located }];
    const traced = this.tracer.trace(located);
    if (traced.length === 0) return [{ kind: 'untyped', at: located }];
    const assigned = traced.length === 1 ? this.assignedKeys(located) : undefined;
    return traced.flatMap((item): SentMessage[] => {
      const param = singleParam([item]);
      if (param) return [{ kind: 'param', binding: param }];
      if (item.kind === 'value' && item.node.type === 'ObjectExpression') {
        return [this.objectMessage(item.node, item.file, assigned)];
      }
      if (item.kind === 'value' && isCallTo(item.node, 'JSON', 'stringify')) return this.resolve(item);
      return [{ kind: 'untyped', at: located }];
    });
  }

  private objectMessage(node: t.ObjectExpression, file: ParsedFile, assigned: readonly string[] | undefined): SentMessage {
    const named = new Map<string, Located>();
    for (const property of node.properties) {
      const key = property.type === 'ObjectProperty' ? keyName(property.key, property.computed) : undefined;
      if (property.type === 'ObjectProperty' && key !== undefined) named.set(key, { node: property.value, file });
    }
    const typeKey = this.keys.sentKey([...named.keys()]);
    const type = typeKey === undefined ? undefined : named.get(typeKey);
    const { keys, params } = this.objectContent(node, file, true);
    const all = keys && assigned ? [...keys, ...assigned] : undefined;
    const payloadKeys = all && sortedUnique(all.filter((key) => key !== typeKey));
    return type ? { kind: 'typed', type, payloadKeys, params } : { kind: 'untyped', at: { node, file }, payloadKeys };
  }

  /** The content of the one object literal an expression holds, with keys assigned to its variable later. */
  private objectContentOf(located: Located, nested: boolean): ObjectContent | undefined {
    const node = unwrap(located.node);
    if (this.inProgress.has(node)) return undefined;
    this.inProgress.add(node);
    try {
      if (node.type === 'ObjectExpression') return this.objectContent(node, located.file, nested);
      const [only, ...others] = this.tracer.trace(located);
      if (only?.kind !== 'value' || only.node.type !== 'ObjectExpression' || others.length > 0) return undefined;
      const content = this.objectContent(only.node, only.file, nested);
      const assigned = this.assignedKeys(located);
      return { ...content, keys: content.keys && assigned ? [...content.keys, ...assigned] : undefined };
    } finally {
      this.inProgress.delete(node);
    }
  }

  private objectContent(node: t.ObjectExpression, file: ParsedFile, nested: boolean): ObjectContent {
    let keys: string[] | undefined = [];
    const params: PayloadParam[] = [];
    for (const property of node.properties) {
      if (property.type === 'SpreadElement') {
        const spread = { node: property.argument, file };
        const param = singleParam(this.tracer.trace(spread));
        const content = param ? undefined : this.objectContentOf(spread, nested);
        if (param) params.push({ binding: param });
        else if (content?.keys && keys) keys.push(...content.keys);
        else keys = undefined;
        if (content) params.push(...content.params);
        continue;
      }
      const name = keyName(property.key, property.computed) ?? this.staticKey(property.key, file);
      if (name === undefined) keys = undefined;
      else keys?.push(name);
      if (nested && name !== undefined && property.type === 'ObjectProperty') {
        const value = this.nestedValue({ node: property.value, file }, name);
        keys?.push(...value.keys);
        if (value.param) params.push(value.param);
      }
    }
    return { keys, params };
  }

  /** A value under `name`: the keys of the object literal it is, or the parameter whose callers know them. */
  private nestedValue(value: Located, name: string): { keys: string[]; param?: PayloadParam } {
    const param = singleParam(this.tracer.trace(value));
    if (param) return { keys: [], param: { binding: param, under: name } };
    const content = this.objectContentOf(value, false);
    const known = content?.keys && content.params.every((entry) => entry.under !== undefined);
    return { keys: known && content?.keys ? nestedKeys(name, content.keys) : [] };
  }

  /** Keys assigned to the variable an expression names (`msg.extra = ...`); undefined when one is computed. */
  private assignedKeys(located: Located): string[] | undefined {
    const node = unwrap(located.node);
    if (node.type !== 'Identifier') return [];
    const [binding, ...others] = this.project.bindingsOf(located.file, node);
    if (!binding || others.length > 0) return [];
    if (!this.assignedByBinding.has(binding)) this.assignedByBinding.set(binding, this.keysAssignedTo(binding));
    return this.assignedByBinding.get(binding);
  }

  private keysAssignedTo(binding: Binding): string[] | undefined {
    const keys: string[] = [];
    for (const node of binding.file.nodes) {
      if (node.type !== 'AssignmentExpression' || !isMember(node.left)) continue;
      const object = unwrap(node.left.object);
      if (object.type !== 'Identifier' || this.project.bindingsOf(binding.file, object)[0] !== binding) continue;
      const name = memberName(node.left);
      if (name === undefined) return undefined;
      keys.push(name);
    }
    return keys;
  }

  private staticKey(key: Node, file: ParsedFile): string | undefined {
    const pattern = this.names.pattern({ node: key, file });
    return pattern.dynamic ? undefined : pattern.text;
  }
}
