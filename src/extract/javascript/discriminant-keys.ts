/**
 * Keys real protocols name a message's event with (`msg.type`, `msg.event`, `msg.action`, ...), in
 * the order one is preferred when a message has several.
 */
export const DISCRIMINANT_CANDIDATES: readonly string[] = [
  'type', 'event', 'action', 'kind', 'op', 'cmd', 'command', 'eventType', 'event_type', 'messageType', 'msgType', 't',
  'name',
];

/** The key a message names its event with when nothing else is known. */
export const DEFAULT_DISCRIMINANT = 'type';

/**
 * Keys unambiguous enough to name the event of a message sent over a socket even when no scanned
 * code dispatches on them; `name` or `t` could be any field.
 */
const SENT_DISCRIMINANTS: readonly string[] = ['type', 'event', 'action', 'command', 'kind', 'op', 'cmd', 'eventType'];

/**
 * Keys too common to be taken as the discriminant from a handler-map lookup alone
 * (`users[msg.name]`); a comparison with a literal or a `switch` is needed.
 */
export const WEAK_DISCRIMINANTS: ReadonlySet<string> = new Set(['name', 't']);

/** The keys the scanned code dispatches incoming messages on (`type` always among them). */
export class DiscriminantKeys {
  readonly dispatched: ReadonlySet<string>;

  constructor(dispatched: Iterable<string>) {
    this.dispatched = new Set([DEFAULT_DISCRIMINANT, ...dispatched]);
  }

  /** The key of a sent message (with these keys) that names its event: one dispatched on first, then an unambiguous one. */
  sentKey(keys: readonly string[]): string | undefined {
    const dispatched = DISCRIMINANT_CANDIDATES.find((key) => this.dispatched.has(key) && keys.includes(key));
    return dispatched ?? SENT_DISCRIMINANTS.find((key) => keys.includes(key));
  }
}
