import type * as t from '@babel/types';

import { isCallTo, keyName, unwrap, type Node } from './ast.js';
import type { EventNames } from './event-names.js';
import { MESSAGE_TYPE_FIELD } from './frameworks/native-websocket.js';
import type { ParsedFile } from './parsed-file.js';
import type { Binding } from './scope.js';
import type { Located, Traced, Tracer } from './trace.js';

/**
 * What a sent message is: `typed` an object whose `type` field names the event (`type` points at
 * that field's value; `spreadParams` are parameters spread into it, `{ type, ...payload }`, whose
 * keys the callers know); `untyped` anything else; `param` a parameter of the enclosing function,
 * so the message comes from that function's callers.
 */
export type SentMessage =
  | { kind: 'typed'; type: Located; payloadKeys: string[]; spreadParams: Binding[] }
  | { kind: 'untyped'; at: Located; payloadKeys?: string[] }
  | { kind: 'param'; binding: Binding };

export function sortedUnique(keys: readonly string[]): string[] {
  return [...new Set(keys)].sort();
}

/** Reads the message given to `send`: object literals, `JSON.stringify(...)`, variables holding them. */
export class Messages {
  /** Expressions being read right now: `m = JSON.stringify(m)` ends instead of looping. */
  private readonly inProgress = new Set<Node>();

  constructor(
    private readonly tracer: Tracer,
    private readonly names: EventNames,
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

  private nodeMessages(node: Node, located: Located): SentMessage[] {
    if (isCallTo(node, 'JSON', 'stringify') && node.arguments[0]) {
      return this.resolve({ node: node.arguments[0], file: located.file });
    }
    if (node.type === 'ObjectExpression') return [this.objectMessage(node, located.file)];
    if (node.type !== 'Identifier' && node.type !== 'MemberExpression' && node.type !== 'OptionalMemberExpression') {
      return [{ kind: 'untyped', at: located }];
    }
    const traced = this.tracer.trace(located);
    if (traced.length === 0) return [{ kind: 'untyped', at: located }];
    return traced.flatMap((item): SentMessage[] => {
      const param = singleParam([item]);
      if (param) return [{ kind: 'param', binding: param }];
      if (item.kind === 'value' && (item.node.type === 'ObjectExpression' || isCallTo(item.node, 'JSON', 'stringify'))) {
        return this.resolve(item);
      }
      return [{ kind: 'untyped', at: located }];
    });
  }

  /** Static keys of the object literal an expression holds, sorted; undefined when unknown. */
  objectKeys(located: Located): string[] | undefined {
    const node = unwrap(located.node);
    if (this.inProgress.has(node)) return undefined;
    this.inProgress.add(node);
    try {
      if (node.type === 'ObjectExpression') return sortedUnique(this.objectContent(node, located.file).keys);
      const objects = this.tracer
        .trace(located)
        .filter((item) => item.kind === 'value' && item.node.type === 'ObjectExpression');
      const first = objects[0];
      return objects.length === 1 && first ? this.objectKeys(first as Located) : undefined;
    } finally {
      this.inProgress.delete(node);
    }
  }

  private objectMessage(node: t.ObjectExpression, file: ParsedFile): SentMessage {
    let type: Located | undefined;
    for (const property of node.properties) {
      if (property.type === 'ObjectProperty' && keyName(property.key, property.computed) === MESSAGE_TYPE_FIELD) {
        type = { node: property.value, file };
      }
    }
    const { keys, spreadParams } = this.objectContent(node, file);
    const payloadKeys = sortedUnique(keys.filter((key) => key !== MESSAGE_TYPE_FIELD));
    return type ? { kind: 'typed', type, payloadKeys, spreadParams } : { kind: 'untyped', at: { node, file }, payloadKeys };
  }

  /** The object's static keys, with those of spread objects; spread parameters are left for the callers to fill. */
  private objectContent(node: t.ObjectExpression, file: ParsedFile): { keys: string[]; spreadParams: Binding[] } {
    const keys: string[] = [];
    const spreadParams: Binding[] = [];
    for (const property of node.properties) {
      if (property.type === 'SpreadElement') {
        const spread = { node: property.argument, file };
        const param = singleParam(this.tracer.trace(spread));
        if (param) spreadParams.push(param);
        else keys.push(...(this.objectKeys(spread) ?? []));
        continue;
      }
      const name = keyName(property.key, property.computed) ?? this.staticKey(property.key, file);
      if (name !== undefined) keys.push(name);
    }
    return { keys, spreadParams };
  }

  private staticKey(key: Node, file: ParsedFile): string | undefined {
    const pattern = this.names.pattern({ node: key, file });
    return pattern.dynamic ? undefined : pattern.text;
  }
}

function singleParam(traced: readonly Traced[]): Binding | undefined {
  const only = traced.length === 1 ? traced[0] : undefined;
  return only?.kind === 'param' && only.binding.param?.path.length === 0 ? only.binding : undefined;
}
