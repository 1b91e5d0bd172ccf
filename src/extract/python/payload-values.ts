import type { Scope } from './facts.js';
import { type Argument, mergePayloads, type Payload } from './helper-roles.js';
import { evaluateMessage } from './message-values.js';
import type { Project } from './project.js';

/**
 * What a data argument adds to a payload: a dict's keys, or, when it is a parameter of the
 * calling function (`callScope`), that parameter, whose own callers will say.
 */
export function payloadFrom(project: Project, argument: Argument, callScope: Scope, typeKey: string | undefined): Payload {
  let payload: Payload = { ...(typeKey === undefined ? {} : { typeKey }), keys: [], parameters: [], known: false };
  for (const outcome of evaluateMessage(project, argument.node, argument.scope, typeKey)) {
    if (outcome.kind === 'dict') {
      payload = mergePayloads(payload, { keys: [...outcome.keys], parameters: outcome.spreadParameters, known: true });
    } else if (outcome.scope === callScope) {
      payload = mergePayloads(payload, { keys: [], parameters: [outcome.index], known: false });
    }
  }
  return payload;
}
