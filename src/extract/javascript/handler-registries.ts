import { isMember, memberName, unwrap } from './ast.js';
import type { ClassInfo } from './classes.js';
import type { Project } from './project.js';
import type { Located } from './trace.js';

/**
 * Containers (a `Map` or an object) holding handlers by message type: the dispatcher reads one with
 * an incoming type (`listeners.get(msg.type)`, `this.handlers[msg.type]`), so every key written
 * into it (`listeners.set(type, ...)`, `this.handlers[type] = fn`) is a handled event. A container
 * is a variable or a field of the class `this` is in.
 */
export class HandlerRegistries {
  private readonly registries = new Set<object>();
  /** One identity object per class field, so that `this.handlers` in two methods is one container. */
  private readonly fields = new Map<ClassInfo, Map<string, object>>();

  constructor(private readonly project: Project) {}

  addRead(container: Located): void {
    const identity = this.identity(container);
    if (identity) this.registries.add(identity);
  }

  isRegistry(container: Located): boolean {
    const identity = this.identity(container);
    return identity !== undefined && this.registries.has(identity);
  }

  private identity(located: Located): object | undefined {
    const node = unwrap(located.node);
    if (node.type === 'Identifier') return this.project.bindingsOf(located.file, node)[0];
    if (!isMember(node) || node.object.type !== 'ThisExpression') return undefined;
    const owner = this.project.classes.thisClass(located.file, node);
    const name = memberName(node);
    if (!owner || name === undefined) return undefined;
    const byName = this.fields.get(owner) ?? new Map<string, object>();
    this.fields.set(owner, byName);
    let identity = byName.get(name);
    if (!identity) {
      identity = { owner, name };
      byName.set(name, identity);
    }
    return identity;
  }
}
