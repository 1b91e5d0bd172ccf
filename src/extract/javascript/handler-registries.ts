import { isMember, memberName, unwrap } from './ast.js';
import type { ClassInfo } from './classes.js';
import { agreedView, type PayloadView } from './payload-receivers.js';
import type { Project } from './project.js';
import type { Located } from './trace.js';

/**
 * Containers (a `Map` or an object) holding handlers by message type: the dispatcher reads one with
 * an incoming type (`listeners.get(msg.type)`, `this.handlers[msg.type]`), so every key written
 * into it (`listeners.set(type, ...)`, `this.handlers[type] = fn`) is a handled event. A container
 * is a variable or a field of the class `this` is in.
 */
export class HandlerRegistries {
  /** For each registry, how each dispatcher read hands the message to the handlers (undefined: not seen). */
  private readonly readViews = new Map<object, Array<PayloadView | undefined>>();
  /** One identity object per class field, so that `this.handlers` in two methods is one container. */
  private readonly fields = new Map<ClassInfo, Map<string, object>>();

  constructor(private readonly project: Project) {}

  addRead(container: Located, view: PayloadView | undefined): void {
    const identity = this.identity(container);
    if (!identity) return;
    const views = this.readViews.get(identity) ?? [];
    views.push(view);
    this.readViews.set(identity, views);
  }

  isRegistry(container: Located): boolean {
    const identity = this.identity(container);
    return identity !== undefined && this.readViews.has(identity);
  }

  isSame(a: Located, b: Located): boolean {
    const identity = this.identity(a);
    return identity !== undefined && identity === this.identity(b);
  }

  /** How the handlers stored in the registry receive the message, when every read agrees. */
  viewOf(container: Located): PayloadView | undefined {
    const identity = this.identity(container);
    const views = identity ? this.readViews.get(identity) ?? [] : [];
    const seen = views.filter((view): view is PayloadView => view !== undefined);
    return seen.length === views.length ? agreedView(seen) : undefined;
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
