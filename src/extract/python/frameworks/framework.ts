/**
 * What a Python framework module tells the generic machinery. Plain data: adding a framework is
 * one more object of this shape and one line in `frameworks/index.ts`.
 */

/** Where a send API finds the event name in the argument at `argument` (0-based, positional). */
export type MessageSpec =
  /** The argument is a dict message; the event name is its `key` value (`{"type": "job_done", ...}`). */
  | { argument: number; nameFrom: 'type-key'; key: string }
  /** The argument is the event name itself (`sio.emit("job_done", data)`). */
  | { argument: number; nameFrom: 'argument' };

/** A method call `x.<methodName>(...)` that puts an event on the wire. */
export interface SendSink {
  methodNames: readonly string[];
  message: MessageSpec;
}

/**
 * Backend handlers of client messages: functions that read from a socket and compare the
 * message's `typeKey` value against names.
 */
export interface TypeDispatch {
  typeKey: string;
  /** `x.<name>()` reads one message (`receive_json`, `recv`). */
  receiveMethods: readonly string[];
  /** `for m in x.<name>()` / `async for` reads messages (`iter_json`). */
  iterateMethods: readonly string[];
}

export interface PythonFramework {
  /** Site rules are `python/<id>`. */
  id: string;
  sendSinks: readonly SendSink[];
  typeDispatch?: TypeDispatch;
}
