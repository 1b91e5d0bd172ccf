import type { Node } from 'web-tree-sitter';
import type { CallFact, CallTarget, Scope } from './facts.js';
import type { PythonFramework, SendSink } from './frameworks/framework.js';
import { type ArgumentRole, HelperRoles, mergePayloads, type NameRole, type Payload } from './helper-roles.js';
import { evaluateMessage } from './message-values.js';
import { evaluateName } from './name-values.js';
import type { Project } from './project.js';
import { SiteCollector, type SiteDraft } from './site-collector.js';
import { calledMethodName } from './syntax-tree.js';

/** An argument as passed at a call (or a parameter default when the call leaves it out). */
interface Argument {
  node: Node;
  scope: Scope;
}

interface RoleAtCall {
  argument: Argument;
  role: ArgumentRole;
}

/**
 * Send sites of the whole project. Framework sinks give roles to their arguments; a function
 * that passes its own parameter into such an argument becomes a helper with a role for that
 * parameter, which its callers pass on in turn. Repeats until no new role is learnt, so helpers
 * are followed through any number of hops and modules.
 */
export function findSendSites(project: Project, frameworks: readonly PythonFramework[]): SiteDraft[] {
  const roles = new HelperRoles();
  const sites = new SiteCollector();
  const calls = project.scopes.flatMap((scope) => scope.calls);
  let learnt = true;
  const effects: Effects = {
    learn: (scope, index, role) => {
      if (scope.name !== undefined && roles.add(scope, index, role)) learnt = true;
    },
    emit: (site) => sites.add(site),
  };
  while (learnt) {
    learnt = false;
    for (const call of calls) {
      for (const { argument, role } of rolesAtCall(project, call, frameworks, roles)) {
        applyRole(project, call, argument, role, effects);
      }
    }
  }
  return sites.all();
}

function rolesAtCall(
  project: Project,
  call: CallFact,
  frameworks: readonly PythonFramework[],
  roles: HelperRoles,
): RoleAtCall[] {
  const method = calledMethodName(call.node);
  const fromSinks = frameworks.flatMap((framework) =>
    framework.sendSinks
      .filter((sink) => method !== undefined && sink.methodNames.includes(method))
      .flatMap((sink) => sinkRole(call, framework, sink)),
  );
  const fromHelpers = call.targets.flatMap((target) =>
    roles.rolesOf(target.scope).flatMap(({ index, role }) => {
      const argument = argumentFor(call, target, index);
      return argument ? [{ argument, role: payloadAtCall(project, call, target, role) }] : [];
    }),
  );
  return [...fromSinks, ...fromHelpers];
}

function sinkRole(call: CallFact, framework: PythonFramework, sink: SendSink): RoleAtCall[] {
  const node = call.positional[sink.message.argument];
  if (!node) return [];
  const argument = { node, scope: call.scope };
  const role: ArgumentRole =
    sink.message.nameFrom === 'type-key'
      ? { kind: 'message', framework, typeKey: sink.message.key }
      : { kind: 'name', framework };
  return [{ argument, role }];
}

/**
 * A name role whose message spreads helper parameters (`{"type": event_type, **payload}`): this
 * call's arguments for them add their keys, or pass on the caller's own parameters.
 */
function payloadAtCall(project: Project, call: CallFact, target: CallTarget, role: ArgumentRole): ArgumentRole {
  if (role.kind !== 'name' || !role.payload || role.payload.parameters.length === 0) return role;
  let payload: Payload = { ...role.payload, parameters: [] };
  for (const index of role.payload.parameters) {
    const argument = argumentFor(call, target, index);
    if (!argument) continue;
    for (const outcome of evaluateMessage(project, argument.node, argument.scope, payload.typeKey)) {
      if (outcome.kind === 'dict') {
        payload = mergePayloads(payload, { ...payload, keys: [...outcome.keys], parameters: outcome.spreadParameters });
      } else if (argument.scope === call.scope) {
        payload = mergePayloads(payload, { ...payload, keys: [], parameters: [outcome.index] });
      }
    }
  }
  return { ...role, payload };
}

/** The argument bound to parameter `index` of the target: by keyword, by position, or its default. */
function argumentFor(call: CallFact, target: CallTarget, index: number): Argument | undefined {
  const parameter = target.scope.parameters[index];
  if (!parameter) return undefined;
  const keyword = call.keywords.get(parameter.name);
  if (keyword) return { node: keyword, scope: call.scope };
  const position = index - target.boundParameters;
  if (position < 0) return undefined;
  const positional = parameter.positional ? call.positional[position] : undefined;
  if (positional) return { node: positional, scope: call.scope };
  if (call.spreadsArguments || !parameter.defaultValue) return undefined;
  return { node: parameter.defaultValue, scope: target.scope };
}

interface Effects {
  learn(scope: Scope, index: number, role: ArgumentRole): void;
  emit(site: SiteDraft): void;
}

function applyRole(project: Project, call: CallFact, argument: Argument, role: ArgumentRole, effects: Effects): void {
  if (role.kind === 'name') {
    applyNameRole(project, call, argument, role, effects);
    return;
  }
  for (const message of evaluateMessage(project, argument.node, argument.scope, role.typeKey)) {
    if (message.kind === 'parameter') {
      effects.learn(argument.scope, message.index, role);
    } else if (message.typeValues.length === 0) {
      message.spreadParameters.forEach((index) => effects.learn(argument.scope, index, role));
    } else {
      const payload = { typeKey: role.typeKey, keys: [...message.keys].sort(), parameters: message.spreadParameters };
      const nameRole: NameRole = { kind: 'name', framework: role.framework, payload };
      message.typeValues.forEach((value) => applyNameRole(project, call, value, nameRole, effects));
    }
  }
}

function applyNameRole(
  project: Project,
  call: CallFact,
  argument: Argument,
  role: NameRole,
  effects: Effects,
): void {
  for (const outcome of evaluateName(project, argument.node, argument.scope)) {
    if (outcome.kind === 'parameter') {
      effects.learn(outcome.scope, outcome.index, role);
      continue;
    }
    const site: SiteDraft = {
      name: outcome.name,
      dynamic: outcome.dynamic,
      kind: 'send',
      node: outcome.node,
      scope: outcome.scope,
      via: call.calleeText,
      rule: `python/${role.framework.id}`,
    };
    effects.emit(role.payload ? { ...site, payloadKeys: role.payload.keys } : site);
  }
}
