import { argumentForParameter } from './call-arguments.js';
import { emitterRoles } from './config-wrappers.js';
import type { CallFact, CallTarget, Scope } from './facts.js';
import type { PythonFramework } from './frameworks/framework.js';
import {
  type Argument,
  type ArgumentRole,
  HelperRoles,
  mergePayloads,
  type NameRole,
  type Payload,
  type RoleAtCall,
} from './helper-roles.js';
import { evaluateMessage } from './message-values.js';
import { findRoutes, type RoutedMessage } from './message-routes.js';
import { evaluateName, type NameOutcome } from './name-values.js';
import type { NamespaceContexts } from './namespace-contexts.js';
import { payloadFrom } from './payload-values.js';
import type { Project } from './project.js';
import { SiteCollector, type SiteDraft } from './site-collector.js';
import { type MatchedSink, sinksAt } from './sink-matching.js';
import { fixedNameSends, sinkRoles } from './sink-roles.js';

interface SinkCall {
  call: CallFact;
  sinks: MatchedSink[];
  /** What the call does with its arguments as a wrapper the config names. */
  wrapperRoles: RoleAtCall[];
}

/**
 * Send sites of the whole project. Framework sinks give roles to their arguments; a function
 * that passes its own parameter into such an argument becomes a helper with a role for that
 * parameter, which its callers pass on in turn. Repeats until no new role is learnt, so helpers
 * are followed through any number of hops and modules. `contexts` gives the Socket.IO namespace
 * of sends that use their handler's. Calls of the config's `emitters` are sinks too.
 */
export function findSendSites(
  project: Project,
  frameworks: readonly PythonFramework[],
  contexts: NamespaceContexts,
  emitters: readonly string[],
): SiteDraft[] {
  const roles = new HelperRoles();
  const sites = new SiteCollector();
  const routes = findRoutes(project, frameworks);
  const sinkCalls: SinkCall[] = project.scopes
    .flatMap((scope) => scope.calls)
    .map((call) => ({
      call,
      sinks: sinksAt(project, call, frameworks, routes.calls.has(call)),
      wrapperRoles: emitterRoles(project, call, emitters),
    }))
    // A call that is no sink, no wrapper and runs no scanned function can give no role.
    .filter(({ call, sinks, wrapperRoles }) => sinks.length > 0 || wrapperRoles.length > 0 || call.targets.length > 0);
  let learnt = true;
  const effects: Effects = {
    learn: (scope, index, role) => {
      if (scope.name !== undefined && roles.add(scope, index, role)) learnt = true;
    },
    emit: (site) => sites.add(site),
    contexts,
  };
  for (const { call, sinks } of sinkCalls) fixedNameSends(project, call, sinks, contexts).forEach(effects.emit);
  // The roles sinks and wrappers give do not change between rounds: applied again, they would
  // learn and emit nothing new, so they are applied in the first round only.
  for (let round = 0; learnt; round += 1) {
    learnt = false;
    for (const { call, sinks, wrapperRoles } of sinkCalls) {
      const fixedRoles = round === 0 ? [...sinkRoles(project, call, sinks), ...wrapperRoles] : [];
      const callRoles = [...fixedRoles, ...helperRoles(project, call, roles)];
      for (const { argument, role } of callRoles) {
        applyRole(project, call, argument, role, effects);
      }
    }
    routes.messages.forEach((message) => applyRoute(message, roles, effects));
  }
  return sites.all();
}

/** The roles a call passes on to its arguments because the called function is a helper. */
function helperRoles(project: Project, call: CallFact, roles: HelperRoles): RoleAtCall[] {
  return call.targets.flatMap((target) =>
    roles.rolesOf(target.scope).flatMap(({ index, role }) => {
      const argument = argumentForParameter(call, target, index);
      return argument ? [{ argument, role: payloadAtCall(project, call, target, role) }] : [];
    }),
  );
}

/**
 * A name role whose data comes from helper parameters (`{"type": event_type, **payload}`,
 * `sio.emit(event, data)`): this call's arguments for them add their keys, or pass on the
 * caller's own parameters.
 */
function payloadAtCall(project: Project, call: CallFact, target: CallTarget, role: ArgumentRole): ArgumentRole {
  if (role.kind !== 'name' || !role.payload || role.payload.parameters.length === 0) return role;
  let payload: Payload = { ...role.payload, parameters: [] };
  for (const index of role.payload.parameters) {
    const argument = argumentForParameter(call, target, index);
    if (argument) payload = mergePayloads(payload, payloadFrom(project, argument, call.scope, payload.typeKey));
  }
  return { ...role, payload };
}

interface Effects {
  learn(scope: Scope, index: number, role: ArgumentRole): void;
  emit(site: SiteDraft): void;
  contexts: NamespaceContexts;
}

function applyRole(project: Project, call: CallFact, argument: Argument, role: ArgumentRole, effects: Effects): void {
  if (role.kind === 'name') {
    applyNameRole(project, call, argument, role, effects);
    return;
  }
  for (const message of evaluateMessage(project, argument.node, argument.scope, role.typeKey)) {
    if (message.kind === 'parameter') {
      effects.learn(message.scope, message.index, role);
    } else if (message.typeValues.length === 0) {
      message.spreadParameters.forEach((index) => effects.learn(argument.scope, index, role));
    } else {
      const keys = [...message.keys].sort();
      const payload = { typeKey: role.typeKey, keys, parameters: message.spreadParameters, known: true };
      const nameRole: NameRole = { kind: 'name', framework: role.framework, payload };
      message.typeValues.forEach((value) => applyNameRole(project, call, value, nameRole, effects));
    }
  }
}

function applyNameRole(project: Project, call: CallFact, argument: Argument, role: NameRole, effects: Effects): void {
  for (const outcome of evaluateName(project, argument.node, argument.scope)) {
    if (outcome.kind === 'parameter') effects.learn(outcome.scope, outcome.index, role);
    else sendDrafts(outcome, call, role, effects.contexts).forEach(effects.emit);
  }
}

/** One site per namespace the send goes to. */
function sendDrafts(
  outcome: NameOutcome & { kind: 'name' },
  call: CallFact,
  role: NameRole,
  contexts: NamespaceContexts,
): SiteDraft[] {
  const site: SiteDraft = {
    name: outcome.name,
    dynamic: outcome.dynamic,
    kind: 'send',
    node: outcome.node,
    scope: outcome.scope,
    via: call.calleeText,
    rule: `python/${role.framework.id}`,
    ...(role.payload?.known ? { payloadKeys: role.payload.keys } : {}),
  };
  if (!role.namespace) return [site];
  return contexts.resolve(role.namespace, outcome.scope).map((namespace) => ({ ...site, namespace }));
}

/** A routed message whose receiving method forwards it as it is: its type is the wire event. */
function applyRoute(message: RoutedMessage, roles: HelperRoles, effects: Effects): void {
  const forwarded = roles
    .rolesOf(message.method)
    .some(({ index, role }) => {
      const receivesMessage = index === message.method.boundParameters;
      return receivesMessage && role.kind === 'message' && role.typeKey === message.typeKey;
    });
  if (!forwarded) return;
  effects.emit({
    name: message.name,
    dynamic: false,
    kind: 'send',
    node: message.node,
    scope: message.scope,
    via: message.call.calleeText,
    rule: `python/${message.framework.id}`,
    payloadKeys: message.keys,
  });
}
