import type { Node } from 'web-tree-sitter';
import { identifierSources } from './bindings.js';
import { argumentAt, argumentForParameter, callFactAt } from './call-arguments.js';
import { derivesFrom, scannedAncestors } from './class-ancestry.js';
import type { CallFact, ClassFacts, Scope, ScopedValue } from './facts.js';
import type { EventHandlers, NamespaceClasses, PythonFramework } from './frameworks/framework.js';
import { evaluateName } from './name-values.js';
import type { NamespaceContexts } from './namespace-contexts.js';
import { DEFAULT_NAMESPACE, namespaceNames } from './namespace-values.js';
import type { Project } from './project.js';
import { receiverMatches } from './receivers.js';
import type { SiteDraft } from './site-collector.js';
import { socketPayloadReads } from './socket-payload-reads.js';
import { lookupGlobalPath } from './symbols.js';
import { identifierPath, unwrapParentheses } from './syntax-tree.js';

/**
 * Class-based namespaces: each `on_<event>` method of a Namespace subclass handles `<event>` in
 * every namespace the class is registered under (`sio.register_namespace(AdminNamespace("/admin"))`).
 * A class registered nowhere, and with no registered subclass, counts under the default
 * namespace, as the library puts it when it is built without one. Records every method's
 * namespaces in `contexts`.
 */
export function findNamespaceClassHandlers(
  project: Project,
  framework: PythonFramework,
  handlers: EventHandlers,
  contexts: NamespaceContexts,
): SiteDraft[] {
  const spec = handlers.namespaceClasses;
  if (!spec) return [];
  const classes = project.classes.filter((facts) => derivesFrom(project, facts, spec.bases));
  const registered = registeredClasses(project, handlers, spec);
  const isBaseOfRegistered = (facts: ClassFacts) =>
    [...registered.keys()].some((other) => scannedAncestors(project, other).includes(facts));
  return classes.flatMap((facts) => {
    const namespaces = registered.get(facts) ?? (isBaseOfRegistered(facts) ? [] : [DEFAULT_NAMESPACE]);
    return [...new Set(namespaces)].flatMap((namespace) => classSites(project, framework, handlers, facts, namespace, contexts));
  });
}

/** The `on_` methods the class has, its own or inherited from scanned classes, for one namespace. */
function classSites(
  project: Project,
  framework: PythonFramework,
  handlers: EventHandlers,
  facts: ClassFacts,
  namespace: string,
  contexts: NamespaceContexts,
): SiteDraft[] {
  const spec = handlers.namespaceClasses;
  if (!spec) return [];
  const seen = new Set<string>();
  const sites: SiteDraft[] = [];
  for (const owner of [facts, ...scannedAncestors(project, facts)]) {
    contexts.addClass(owner, namespace);
    for (const [methodName, method] of owner.methods) {
      const nameNode = method.node.childForFieldName('name');
      if (!methodName.startsWith(spec.methodPrefix) || methodName === spec.methodPrefix || seen.has(methodName)) continue;
      seen.add(methodName);
      if (!nameNode) continue;
      const name = methodName.slice(spec.methodPrefix.length);
      const fieldsRead = socketPayloadReads([method], handlers, { name });
      sites.push({
        name,
        dynamic: false,
        kind: 'handle',
        node: nameNode,
        scope: method.parent ?? method,
        via: `${owner.name}.${methodName}`,
        rule: `python/${framework.id}`,
        namespace,
        ...(fieldsRead ? { fieldsRead } : {}),
      });
    }
  }
  return sites;
}

/** Classes passed to the server's register methods, with the namespaces they were built with. */
function registeredClasses(project: Project, handlers: EventHandlers, spec: NamespaceClasses): Map<ClassFacts, string[]> {
  const registered = new Map<ClassFacts, string[]>();
  for (const call of project.scopes.flatMap((scope) => scope.calls)) {
    if (!isRegisterCall(project, handlers, spec, call) || !call.positional[0]) continue;
    for (const construction of constructions(project, call.scope, call.positional[0])) {
      const namespaces = constructedNamespaces(project, spec, construction);
      registered.set(construction.facts, [...(registered.get(construction.facts) ?? []), ...namespaces]);
    }
  }
  return registered;
}

function isRegisterCall(project: Project, handlers: EventHandlers, spec: NamespaceClasses, call: CallFact): boolean {
  // A cheap first test: `x.register(...)` has a `call.method` of that name (read once per call).
  if (call.method === undefined || !spec.registerMethods.includes(call.method.name)) return false;
  const { callee } = call;
  const method = callee.type === 'attribute' ? callee.childForFieldName('attribute')?.text : undefined;
  const receiver = callee.childForFieldName('object');
  return (
    method !== undefined &&
    spec.registerMethods.includes(method) &&
    receiver !== null &&
    receiverMatches(project, call.scope, receiver, handlers.server)
  );
}

interface Construction {
  facts: ClassFacts;
  call: CallFact;
}

/** `ChatNamespace("/chat")` passed directly or through a variable. */
function constructions(project: Project, scope: Scope, instance: Node): Construction[] {
  const expression = unwrapParentheses(instance);
  const values: ScopedValue[] =
    expression.type === 'identifier'
      ? identifierSources(project, scope, expression).flatMap((source): ScopedValue[] => {
          if (source.kind === 'local') return source.values.map((node) => ({ node, scope }));
          return source.kind === 'outer' ? source.values : [];
        })
      : [{ node: expression, scope }];
  return values.flatMap(({ node, scope: valueScope }) => {
    const call = node.type === 'call' ? callFactAt(valueScope, node) : undefined;
    const path = call ? identifierPath(call.callee) : undefined;
    const symbol = path ? lookupGlobalPath(project, valueScope.module, path) : undefined;
    return call && symbol?.kind === 'class' ? [{ facts: symbol.facts, call }] : [];
  });
}

/**
 * The namespace a construction passes to the library class: through the nearest scanned
 * `__init__` that calls `super().__init__(...)`, else straight from the constructor's arguments.
 */
function constructedNamespaces(project: Project, spec: NamespaceClasses, construction: Construction): string[] {
  const { facts, call } = construction;
  const owners = [facts, ...scannedAncestors(project, facts)];
  const init = owners.find((owner) => owner.methods.has('__init__'))?.methods.get('__init__');
  const superCall = init?.calls.find(isSuperInitCall);
  const names = init && superCall
    ? namesThroughInit(project, spec, call, init, superCall)
    : namesAt(project, argumentAt(call, spec.namespace), call.scope);
  return names.length > 0 ? names : [DEFAULT_NAMESPACE];
}

function namesThroughInit(
  project: Project,
  spec: NamespaceClasses,
  construction: CallFact,
  init: Scope,
  superCall: CallFact,
): string[] {
  const passed = argumentAt(superCall, spec.namespace);
  if (!passed) return [];
  return evaluateName(project, passed, init).flatMap((outcome) => {
    if (outcome.kind === 'name') return outcome.dynamic ? [] : [outcome.name];
    const argument = argumentForParameter(construction, { scope: init, boundParameters: 1 }, outcome.index);
    return argument ? namesAt(project, argument.node, argument.scope) : [];
  });
}

function namesAt(project: Project, node: Node | undefined, scope: Scope): string[] {
  return node ? namespaceNames(project, node, scope) : [];
}

/** `super().__init__(...)` / `super(Cls, self).__init__(...)`. */
function isSuperInitCall(call: CallFact): boolean {
  const { callee } = call;
  if (callee.type !== 'attribute' || callee.childForFieldName('attribute')?.text !== '__init__') return false;
  const object = callee.childForFieldName('object');
  return object?.type === 'call' && object.childForFieldName('function')?.text === 'super';
}
