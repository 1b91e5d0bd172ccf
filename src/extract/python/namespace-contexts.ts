import type { ClassFacts, Scope } from './facts.js';
import type { NamespaceChoice } from './helper-roles.js';
import { DEFAULT_NAMESPACE } from './namespace-values.js';

/**
 * The Socket.IO namespaces handlers run in, for sends that take the namespace of the handler
 * they run in (Flask-SocketIO's bare `emit`, a Namespace class's `self.emit`).
 */
export class NamespaceContexts {
  private readonly byHandler = new Map<Scope, Set<string>>();
  private readonly byClass = new Map<ClassFacts, Set<string>>();

  addHandler(handler: Scope, namespace: string): void {
    add(this.byHandler, handler, namespace);
  }

  /** Every method of a class-based namespace runs in the namespaces the class is registered under. */
  addClass(facts: ClassFacts, namespace: string): void {
    add(this.byClass, facts, namespace);
  }

  /** The namespaces a send chose, for a site in `scope`. */
  resolve(choice: NamespaceChoice, scope: Scope): string[] {
    return choice.kind === 'named' ? [...choice.names] : this.of(scope);
  }

  /** The namespaces of the handler `scope` is (or is nested in), else of its Namespace class, else the default. */
  of(scope: Scope): string[] {
    for (let current: Scope | undefined = scope; current; current = current.parent) {
      const namespaces = this.byHandler.get(current);
      if (namespaces) return [...namespaces].sort();
    }
    const owner = scope.ownerClass ? this.byClass.get(scope.ownerClass) : undefined;
    return owner ? [...owner].sort() : [DEFAULT_NAMESPACE];
  }
}

function add<K>(map: Map<K, Set<string>>, key: K, namespace: string): void {
  const namespaces = map.get(key) ?? new Set<string>();
  namespaces.add(namespace);
  map.set(key, namespaces);
}
