/**
 * A site is one place in the scanned code where an event is sent or handled.
 * Every language extractor produces sites; every later stage only reads them.
 */

/** Which scan root a file belongs to. Decided by the root, never by the language. */
export type Side = 'backend' | 'frontend';

/** Whether the code at the site puts the event on its way (send) or reacts to it (handle). */
export type SiteKind = 'send' | 'handle';

/**
 * `wire`: the event crosses the socket. `local`: the client's own socket manager raises it for its
 * subscribers (`this.emit('connected')`); it never travels over the network.
 */
export type SiteScope = 'wire' | 'local';

export interface SourceLocation {
  /** Path relative to the current directory, with `/` separators. */
  file: string;
  /** 1-based line of the event-name expression in the physical file. */
  line: number;
  /** 1-based column (UTF-16 code units, as editors count). */
  column: number;
}

export interface Site extends SourceLocation {
  /** The event name; for a dynamic site, the glob pattern the name could match (`job_*`, `*`). */
  name: string;
  /** True when the name could not be resolved to one literal. */
  dynamic: boolean;
  kind: SiteKind;
  scope: SiteScope;
  side: Side;
  /** The API the event went through, as written at the call: `manager.broadcast_json`, `wsManager.on`, `switch (msg.type)`. */
  via: string;
  /** Id of the extraction rule that found the site (shown by `--explain` and in JSON). */
  rule: string;
  /**
   * Keys of the payload at a send site, when they are known (sorted, unique). A dict/object
   * literal nested one level deep adds its keys as `parent.child` (`data.pipeline_id`).
   */
  payloadKeys?: string[];
  /**
   * Fields a handler reads from the payload it receives (`data.status`, `data?.progress`,
   * `data['x']`, destructuring), as paths relative to the payload (`progress`, `data.status`),
   * each at the place it is read. Absent when the handler's payload cannot be followed.
   */
  fieldsRead?: FieldRead[];
  /** Name of the function or method the site is in, when there is one (`Class.method` for methods). */
  enclosingFunction?: string;
  /**
   * For an event name fixed inside a helper (`log_activity_with_broadcast` always sends
   * `activity_update`): the places the helper is called from, where the event really fires.
   */
  calledFrom?: SourceLocation[];
  /** Socket.IO namespace, when the API has them (`/` is the default namespace). */
  namespace?: string;
  /**
   * A handler that receives every event of its namespace and direction (`socket.onAny(fn)`,
   * `@sio.on('*')`). Its `name` is `*`.
   */
  catchAll?: boolean;
  /** Set when a `ws-gap-ignore` comment on or above the site silences it. */
  suppressed?: Suppression;
}

/** A `# ws-gap-ignore` / `// ws-gap-ignore: <event> -- <reason>` comment that applies to a site. */
export interface Suppression {
  /** The comment's line. */
  line: number;
  reason?: string;
}

/** A payload field read by a handler, where it is read. */
export interface FieldRead extends SourceLocation {
  /** Path relative to the payload: `status`, `data.pipeline_id`. */
  field: string;
}

/** A file that was found but not analysed, and why. */
export interface SkippedFile {
  file: string;
  reason: string;
}
