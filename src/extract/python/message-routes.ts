import type { Node } from 'web-tree-sitter';
import { argumentAt } from './call-arguments.js';
import { derivesFrom } from './class-ancestry.js';
import type { CallFact, Scope } from './facts.js';
import type { MessageRoute, PythonFramework } from './frameworks/framework.js';
import { evaluateMessage } from './message-values.js';
import { evaluateName } from './name-values.js';
import type { Project } from './project.js';
import { receiverMatches } from './receivers.js';

/**
 * One message type sent through a route (`group_send(group, {"type": "chat.message", ...})`)
 * and the method it is delivered to. The type is a wire event only if that method forwards the
 * message to the client as it is.
 */
export interface RoutedMessage {
  call: CallFact;
  framework: PythonFramework;
  typeKey: string;
  /** The routing type, where it is written (a constant is placed at its use). */
  name: string;
  node: Node;
  scope: Scope;
  /** The message's other keys, sorted. */
  keys: readonly string[];
  method: Scope;
}

export interface Routes {
  /** Every call that is a route, also those whose type or method is unknown. */
  calls: ReadonlySet<CallFact>;
  messages: readonly RoutedMessage[];
}

export function findRoutes(project: Project, frameworks: readonly PythonFramework[]): Routes {
  const calls = new Set<CallFact>();
  const messages: RoutedMessage[] = [];
  for (const call of project.scopes.flatMap((scope) => scope.calls)) {
    for (const framework of frameworks) {
      for (const route of framework.messageRoutes ?? []) {
        if (!isRouteCall(project, call, route)) continue;
        calls.add(call);
        messages.push(...routedMessages(project, call, framework, route));
      }
    }
  }
  return { calls, messages };
}

function isRouteCall(project: Project, call: CallFact, route: MessageRoute): boolean {
  const { method } = call;
  return (
    method !== undefined &&
    route.methodNames.includes(method.name) &&
    receiverMatches(project, call.scope, method.receiver, route.receiver)
  );
}

function routedMessages(project: Project, call: CallFact, framework: PythonFramework, route: MessageRoute): RoutedMessage[] {
  const message = argumentAt(call, route.message);
  if (!message) return [];
  return evaluateMessage(project, message, call.scope, route.typeKey).flatMap((outcome) => {
    if (outcome.kind !== 'dict') return [];
    const keys = [...outcome.keys].sort();
    return outcome.typeValues.flatMap((value) =>
      evaluateName(project, value.node, value.scope).flatMap((name) => {
        if (name.kind !== 'name' || name.dynamic) return [];
        return receivingMethods(project, route, name.name).map((method) => ({
          call,
          framework,
          typeKey: route.typeKey,
          name: name.name,
          node: name.node,
          scope: name.scope,
          keys,
          method,
        }));
      }),
    );
  });
}

/** `chat.message` → the `chat_message` methods of the route's handler classes. */
function receivingMethods(project: Project, route: MessageRoute, type: string): Scope[] {
  const methodName = type.split(route.separator).join('_');
  return (project.methodsByName.get(methodName) ?? []).filter(
    (method) => method.ownerClass !== undefined && derivesFrom(project, method.ownerClass, route.handlerClasses),
  );
}
