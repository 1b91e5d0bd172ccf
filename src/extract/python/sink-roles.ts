import { argumentAt } from './call-arguments.js';
import type { CallFact } from './facts.js';
import type { ArgumentSpec, NamespaceSpec } from './frameworks/framework.js';
import type { NamespaceChoice, Payload, RoleAtCall } from './helper-roles.js';
import type { NamespaceContexts } from './namespace-contexts.js';
import { DEFAULT_NAMESPACE, namespaceNames } from './namespace-values.js';
import { payloadFrom } from './payload-values.js';
import type { Project } from './project.js';
import type { SiteDraft } from './site-collector.js';
import type { MatchedSink } from './sink-matching.js';

/** The roles the matched sinks give to the call's arguments: a whole message, or the event name. */
export function sinkRoles(project: Project, call: CallFact, matched: readonly MatchedSink[]): RoleAtCall[] {
  return matched.flatMap(({ framework, sink }): RoleAtCall[] => {
    const { message } = sink;
    if (message.nameFrom === 'fixed') return [];
    const node = argumentAt(call, message.argument);
    if (!node) return [];
    const argument = { node, scope: call.scope };
    if (message.nameFrom === 'type-key') return [{ argument, role: { kind: 'message', framework, typeKey: message.key } }];
    const payload = dataPayload(project, call, message.payload);
    const namespace = sink.namespace ? namespaceChoice(project, call, sink.namespace) : undefined;
    return [{ argument, role: { kind: 'name', framework, payload, namespace } }];
  });
}

/** Sends whose event the API fixes (`send(data)` sends `message`), placed at the called name. */
export function fixedNameSends(
  project: Project,
  call: CallFact,
  matched: readonly MatchedSink[],
  contexts: NamespaceContexts,
): SiteDraft[] {
  const nameNode = call.method?.nameNode ?? call.callee;
  return matched.flatMap(({ framework, sink }) => {
    const { message } = sink;
    if (message.nameFrom !== 'fixed') return [];
    const payload = dataPayload(project, call, message.payload);
    const choice = sink.namespace ? namespaceChoice(project, call, sink.namespace) : undefined;
    const namespaces = choice ? contexts.resolve(choice, call.scope) : [undefined];
    return namespaces.map((namespace) => ({
      name: message.name,
      dynamic: false,
      kind: 'send' as const,
      node: nameNode,
      scope: call.scope,
      via: call.calleeText,
      rule: `python/${framework.id}`,
      ...(payload?.known ? { payloadKeys: payload.keys } : {}),
      ...(namespace === undefined ? {} : { namespace }),
    }));
  });
}

/**
 * The keys of the data a Socket.IO call sends, when it is a dict (or a helper parameter); no keys
 * when it sends no data at all (`sio.emit("ping")`).
 */
function dataPayload(project: Project, call: CallFact, spec: ArgumentSpec | undefined): Payload | undefined {
  if (!spec) return undefined;
  const data = argumentAt(call, spec);
  if (data) return payloadFrom(project, { node: data, scope: call.scope }, call.scope, undefined);
  return call.spreadsArguments ? undefined : { keys: [], parameters: [], known: true };
}

/** The `namespace=` argument when it names namespaces, else the sink's fallback. */
function namespaceChoice(project: Project, call: CallFact, spec: NamespaceSpec): NamespaceChoice {
  const argument = argumentAt(call, spec.argument);
  const names = argument ? namespaceNames(project, argument, call.scope) : [];
  if (names.length > 0) return { kind: 'named', names };
  return spec.fallback === 'context' ? { kind: 'context' } : { kind: 'named', names: [DEFAULT_NAMESPACE] };
}
