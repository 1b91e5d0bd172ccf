import type { Node } from 'web-tree-sitter';
import { argumentAt, callFactAt } from './call-arguments.js';
import { referencedFunctions } from './call-targets.js';
import type { CallFact, Scope } from './facts.js';
import type { EventHandlers, HandlerRegistration, PythonFramework } from './frameworks/framework.js';
import { evaluateName } from './name-values.js';
import type { NamespaceContexts } from './namespace-contexts.js';
import { DEFAULT_NAMESPACE, namespaceNames } from './namespace-values.js';
import type { Project } from './project.js';
import { receiverMatches } from './receivers.js';
import type { SiteDraft } from './site-collector.js';
import { socketPayloadReads } from './socket-payload-reads.js';
import { compactText, unwrapParentheses } from './syntax-tree.js';

/** One registration as written: the method used, its call (none for `@sio.event`), and the handlers it registers. */
interface Registration {
  spec: HandlerRegistration;
  call?: CallFact;
  /** Where the registration's arguments are read. */
  scope: Scope;
  handlers: Scope[];
  /** The handler expression of a call registration, when it names no scanned function. */
  unresolvedHandler?: Node;
  via: string;
  namespaces: string[];
}

/**
 * Handlers registered on a Socket.IO server: decorators (`@sio.on("join")`, `@socketio.event
 * def my_event`) and calls (`sio.on("leave", leave)`). Records each handler's namespace in `contexts`.
 */
export function findRegisteredHandlers(
  project: Project,
  framework: PythonFramework,
  handlers: EventHandlers,
  contexts: NamespaceContexts,
): SiteDraft[] {
  const registrations = project.scopes.flatMap((scope) => [
    ...scope.decorators.flatMap((decorator) => decoratorRegistration(project, handlers, scope, decorator)),
    ...scope.calls
      .filter((call) => mayRegister(handlers, call) && call.node.parent?.type !== 'decorator')
      .flatMap((call) => callRegistration(project, handlers, call)),
  ]);
  for (const registration of registrations) {
    for (const handler of registration.handlers) {
      registration.namespaces.forEach((namespace) => contexts.addHandler(handler, namespace));
    }
  }
  return registrations.flatMap((registration) => registrationSites(project, framework, handlers, registration));
}

function decoratorRegistration(project: Project, handlers: EventHandlers, handler: Scope, decorator: Node): Registration[] {
  const outer = handler.parent;
  if (!outer) return [];
  const expression = unwrapParentheses(decorator);
  const call = expression.type === 'call' ? callFactAt(outer, expression) : undefined;
  const method = call ? call.callee : expression;
  const spec = registrationMethod(project, handlers, outer, method);
  if (!spec) return [];
  const namespaces = registeredNamespaces(project, spec, call);
  return [{ spec, call, scope: outer, handlers: [handler], via: `@${compactText(method)}`, namespaces }];
}

function callRegistration(project: Project, handlers: EventHandlers, call: CallFact): Registration[] {
  const spec = registrationMethod(project, handlers, call.scope, call.callee);
  if (!spec) return [];
  const handlerNode = handlerArgument(call, spec);
  const targets = handlerNode ? referencedFunctions(project, call.scope, handlerNode).map((target) => target.scope) : [];
  const registration: Registration = {
    spec,
    call,
    scope: call.scope,
    handlers: targets,
    via: call.calleeText,
    namespaces: registeredNamespaces(project, spec, call),
  };
  return [handlerNode && targets.length === 0 ? { ...registration, unresolvedHandler: handlerNode } : registration];
}

/**
 * A registration call is `x.method(...)`, so its `call.method` (read once per call) has a
 * registration's name: a cheap test that leaves most calls out before `registrationMethod`.
 */
function mayRegister(handlers: EventHandlers, call: CallFact): boolean {
  const name = call.method?.name;
  return name !== undefined && handlers.registrations.some((registration) => registration.methodNames.includes(name));
}

/** The registration `x.method` is, when `x` is the framework's server object. */
function registrationMethod(
  project: Project,
  handlers: EventHandlers,
  scope: Scope,
  method: Node,
): HandlerRegistration | undefined {
  if (method.type !== 'attribute') return undefined;
  const name = method.childForFieldName('attribute')?.text;
  const receiver = method.childForFieldName('object');
  const spec = handlers.registrations.find((registration) => name !== undefined && registration.methodNames.includes(name));
  return spec && receiver && receiverMatches(project, scope, receiver, handlers.server) ? spec : undefined;
}

/** The handler passed to the call, or to the decorator it returns (`sio.on("x")(handler)`). */
function handlerArgument(call: CallFact, spec: HandlerRegistration): Node | undefined {
  const passed = spec.handler ? argumentAt(call, spec.handler) : undefined;
  if (passed) return passed;
  const outer = call.node.parent;
  const appliesResult = outer?.type === 'call' && outer.childForFieldName('function')?.startIndex === call.node.startIndex;
  return appliesResult ? outer.childForFieldName('arguments')?.namedChildren[0] : undefined;
}

function registeredNamespaces(project: Project, spec: HandlerRegistration, call: CallFact | undefined): string[] {
  const argument = call ? argumentAt(call, spec.namespace) : undefined;
  const names = argument && call ? namespaceNames(project, argument, call.scope) : [];
  return names.length > 0 ? names : [DEFAULT_NAMESPACE];
}

function registrationSites(
  project: Project,
  framework: PythonFramework,
  handlers: EventHandlers,
  registration: Registration,
): SiteDraft[] {
  const common = { kind: 'handle' as const, via: registration.via, rule: `python/${framework.id}` };
  const named = eventNames(project, handlers, registration).map((site) => {
    const fieldsRead = socketPayloadReads(registration.handlers, handlers, site);
    return fieldsRead ? { ...site, fieldsRead } : site;
  });
  return registration.namespaces.flatMap((namespace) => named.map((site) => ({ ...site, ...common, namespace })));
}

type NamedSite = Pick<SiteDraft, 'name' | 'dynamic' | 'node' | 'scope' | 'catchAll'>;

/** The event each registration handles: from its name argument, or from the handler's own name. */
function eventNames(project: Project, handlers: EventHandlers, registration: Registration): NamedSite[] {
  const { spec, call, scope } = registration;
  if (spec.name === 'function-name') {
    const unresolved = registration.unresolvedHandler;
    if (unresolved) return [{ name: '*', dynamic: true, node: unresolved, scope }];
    return registration.handlers.flatMap((handler) => {
      const nameNode = handler.node.childForFieldName('name');
      return nameNode ? [{ name: nameNode.text, dynamic: false, node: nameNode, scope: handler.parent ?? handler }] : [];
    });
  }
  const nameNode = call ? argumentAt(call, spec.name) : undefined;
  if (!nameNode) return [];
  return evaluateName(project, nameNode, scope).map((outcome): NamedSite => {
    if (outcome.kind === 'parameter') return { name: '*', dynamic: true, node: nameNode, scope };
    if (!outcome.dynamic && outcome.name === handlers.catchAllName) {
      return { name: '*', dynamic: true, node: outcome.node, scope: outcome.scope, catchAll: true };
    }
    return { name: outcome.name, dynamic: outcome.dynamic, node: outcome.node, scope: outcome.scope };
  });
}
