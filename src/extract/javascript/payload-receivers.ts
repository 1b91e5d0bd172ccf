import type { RelativePath } from './payload-paths.js';
import type { Located } from './trace.js';

/**
 * How a handler's parameter relates to the message it stands for: the handler receives the
 * message at `prefix` (`this.emit(msg.type, msg.data)` → `['data']`) as its parameter `param`,
 * possibly wrapped: `strip` is the path inside the parameter where that part sits
 * (`new CustomEvent(msg.type, { detail: msg })` → `['detail']`).
 */
export interface PayloadView {
  param: number;
  strip: readonly string[];
  prefix: readonly string[];
}

/** The handler receives the whole message as its first parameter. */
export const WHOLE_MESSAGE: PayloadView = { param: 0, strip: [], prefix: [] };

/**
 * Where a handler site's payload arrives. `callback`: the functions the `handlers` expressions
 * evaluate to receive it as `view` says. `branch`: the code in `region` runs for this event and
 * reads the message `message` (the object whose `type` was compared).
 */
export type PayloadReceiver =
  | { kind: 'callback'; handlers: readonly Located[]; view: PayloadView }
  | { kind: 'branch'; region: readonly Located[]; message: RelativePath };

function samePath(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((name, index) => name === b[index]);
}

function sameView(a: PayloadView, b: PayloadView): boolean {
  return a.param === b.param && samePath(a.strip, b.strip) && samePath(a.prefix, b.prefix);
}

/** The one view every dispatch agrees on; undefined when there is none or they differ. */
export function agreedView(views: readonly PayloadView[]): PayloadView | undefined {
  const [first] = views;
  return first && views.every((view) => sameView(view, first)) ? first : undefined;
}
