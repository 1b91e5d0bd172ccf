/**
 * How a file's handlers are written, read from their `via`, so a new one can be written the same way:
 * `listener`: a call with the name and a callback (`wsManager.on('x', fn)`, `onSocket('x', fn)`);
 * `switch-case`: a `case` of `switch (msg.type)`; `if-type`: an `if (data.type === 'x')`.
 * `subject` is the message the dispatch reads (`msg`, `data`).
 */
export type HandlerStyle =
  | { kind: 'listener'; via: string }
  | { kind: 'switch-case'; via: string; subject: string }
  | { kind: 'if-type'; via: string; subject: string };

/** The message a type dispatch reads: `msg` in `switch (msg.type)` or `data.type ===`. */
const DISPATCH_SUBJECT = /^(?:switch \()?([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\.type\b/;
const CALLABLE = /^[A-Za-z_$][\w$]*(?:\??\.[A-Za-z_$][\w$]*)*$/;
const EQUALITY = /={2,3}$/;

/**
 * A `via` that can be called as `via('name', fn)`: `wsManager.on`, `this.socket?.on`, `onSocket`;
 * not a method of the type itself (`msg.type.startsWith`).
 */
export function isCallableVia(via: string): boolean {
  return CALLABLE.test(via) && !DISPATCH_SUBJECT.test(via);
}

/** The style of a `via`, or undefined when a new handler cannot be written like it (`handlers[msg.type]`). */
export function handlerStyle(via: string): HandlerStyle | undefined {
  if (isCallableVia(via)) return { kind: 'listener', via };
  const subject = DISPATCH_SUBJECT.exec(via)?.[1];
  if (subject === undefined) return undefined;
  if (via.startsWith('switch (')) return { kind: 'switch-case', via, subject };
  return EQUALITY.test(via) ? { kind: 'if-type', via, subject } : undefined;
}
