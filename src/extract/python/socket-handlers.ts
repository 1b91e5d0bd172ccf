import type { PythonFramework } from './frameworks/framework.js';
import { findRegisteredHandlers } from './handler-registrations.js';
import { findNamespaceClassHandlers } from './namespace-classes.js';
import { NamespaceContexts } from './namespace-contexts.js';
import type { Project } from './project.js';
import type { SiteDraft } from './site-collector.js';

export interface SocketHandlers {
  sites: SiteDraft[];
  /** The namespace each handler runs in, for the sends that take their handler's. */
  contexts: NamespaceContexts;
}

/** Socket.IO handle sites: handlers registered on a server object and class-based namespaces. */
export function findSocketHandlers(project: Project, frameworks: readonly PythonFramework[]): SocketHandlers {
  const contexts = new NamespaceContexts();
  const sites = frameworks.flatMap((framework) => {
    const handlers = framework.eventHandlers;
    if (!handlers) return [];
    return [
      ...findRegisteredHandlers(project, framework, handlers, contexts),
      ...findNamespaceClassHandlers(project, framework, handlers, contexts),
    ];
  });
  return { sites, contexts };
}
