import type { Node } from 'web-tree-sitter';
import { calleeEndsWithOneOf } from '../extractor.js';
import { referencedFunctions } from './call-targets.js';
import type { CallFact, Scope } from './facts.js';
import { mergeFieldsRead, parameterFieldsRead } from './field-reads.js';
import type { PythonFramework } from './frameworks/framework.js';
import type { RoleAtCall } from './helper-roles.js';
import { evaluateName } from './name-values.js';
import { payloadFrom } from './payload-values.js';
import type { Project } from './project.js';
import type { SiteDraft } from './site-collector.js';
import { unwrapParentheses } from './syntax-tree.js';

/**
 * In-house wrappers named in the config (`emitters`, `listeners`). Not in the framework registry:
 * its calls are found by the names the config gives, not by a library's API, so it has no sinks.
 */
export const configWrapper: PythonFramework = {
  id: 'config-wrapper',
  description:
    'Calls of the emitter and listener functions named in the config (emitters, listeners): the first argument is the event name, an emitter\'s second argument its payload, a listener\'s second argument (or the function it decorates) its handler.',
  sendSinks: [],
};

const RULE = `python/${configWrapper.id}`;

/**
 * An emitter call gives its first argument the role of an event name, so constants, enums and
 * helpers forwarding a parameter are followed as for any send API. The payload is the second
 * argument, when there is one.
 */
export function emitterRoles(project: Project, call: CallFact, emitters: readonly string[]): RoleAtCall[] {
  if (emitters.length === 0) return [];
  const name = firstArgument(call);
  if (!name || !calleeEndsWithOneOf(writtenPath(call.callee), emitters)) return [];
  const [, data] = call.positional;
  const payload = data && payloadFrom(project, { node: data, scope: call.scope }, call.scope, undefined);
  return [{ argument: { node: name, scope: call.scope }, role: { kind: 'name', framework: configWrapper, payload } }];
}

/**
 * Handle sites of listener calls, with what their handler reads from its first parameter. A name
 * that is the enclosing function's parameter is unknown here: a `*` site.
 */
export function findListenerSites(project: Project, listeners: readonly string[]): SiteDraft[] {
  if (listeners.length === 0) return [];
  return project.scopes
    .flatMap((scope) => scope.calls)
    .filter((call) => calleeEndsWithOneOf(writtenPath(call.callee), listeners))
    .flatMap((call) => listenerSites(project, call));
}

/** Calls already recognised by another rule stay as they are: a wrapper site where another rule has one is dropped. */
export function withoutShadowedWrapperSites(drafts: readonly SiteDraft[]): SiteDraft[] {
  const taken = new Set(drafts.filter((draft) => draft.rule !== RULE).map(positionKey));
  return drafts.filter((draft) => draft.rule !== RULE || !taken.has(positionKey(draft)));
}

function positionKey(draft: SiteDraft): string {
  return [draft.scope.module.file.path, draft.node.startIndex, draft.kind].join('\0');
}

function listenerSites(project: Project, call: CallFact): SiteDraft[] {
  const nameNode = firstArgument(call);
  if (!nameNode) return [];
  const handlers = listenerHandlers(project, call);
  const fieldsRead = mergeFieldsRead(
    handlers.map((handler) => parameterFieldsRead(handler, handler.boundParameters, { followCalls: true })),
  );
  return evaluateName(project, nameNode, call.scope).map((outcome): SiteDraft => {
    const named = outcome.kind === 'name' ? outcome : { name: '*', dynamic: true, node: nameNode, scope: call.scope };
    return {
      name: named.name,
      dynamic: named.dynamic,
      kind: 'handle',
      node: named.node,
      scope: named.scope,
      via: call.calleeText,
      rule: RULE,
      ...(fieldsRead ? { fieldsRead } : {}),
    };
  });
}

/** The scanned functions a listener call registers: its second argument, or the function it decorates. */
function listenerHandlers(project: Project, call: CallFact): Scope[] {
  const decorator = call.node.parent;
  if (decorator?.type === 'decorator') {
    const definition = decorator.parent?.childForFieldName('definition');
    const decorated = call.scope.module.scopes.find((scope) => scope.node.startIndex === definition?.startIndex);
    return decorated ? [decorated] : [];
  }
  const [, handler] = call.positional;
  if (!handler) return [];
  return referencedFunctions(project, call.scope, handler).map((target) => target.scope);
}

/**
 * The first argument as written: a positional one, or the `*args`/keyword argument that stands in
 * its place (its name is then unknown, a `*` site).
 */
function firstArgument(call: CallFact): Node | undefined {
  return call.node.childForFieldName('arguments')?.namedChildren.find((argument) => argument.type !== 'comment');
}

/** `self.bus.publish_event` → `['self', 'bus', 'publish_event']`; an unnamed head (`get_bus().emit`) is left out. */
function writtenPath(callee: Node): string[] {
  const expression = unwrapParentheses(callee);
  if (expression.type === 'identifier') return [expression.text];
  if (expression.type !== 'attribute') return [];
  const object = expression.childForFieldName('object');
  const attribute = expression.childForFieldName('attribute');
  return attribute ? [...(object ? writtenPath(object) : []), attribute.text] : [];
}
