import type { FieldRead } from '../../model/site.js';
import type { Scope } from './facts.js';
import { mergeFieldsRead, parameterFieldsRead } from './field-reads.js';
import type { EventHandlers } from './frameworks/framework.js';
import type { SiteDraft } from './site-collector.js';

/**
 * What Socket.IO handlers read from the payload of the event they are registered for: the fields
 * of their payload parameter, also in a function they pass it to. Undefined for catch-alls (they
 * receive every event's payload) and lifecycle events (their arguments are no client payload).
 */
export function socketPayloadReads(
  handlers: readonly Scope[],
  spec: EventHandlers,
  site: Pick<SiteDraft, 'name' | 'catchAll'>,
): FieldRead[] | undefined {
  if (site.catchAll || spec.lifecycleEvents.includes(site.name)) return undefined;
  return mergeFieldsRead(
    handlers.map((handler) =>
      parameterFieldsRead(handler, handler.boundParameters + spec.payloadParameter, { followCalls: true }),
    ),
  );
}
