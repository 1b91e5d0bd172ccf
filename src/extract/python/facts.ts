import type { Node } from 'web-tree-sitter';
import type { SourceFile } from '../../model/source-file.js';
import type { CalledMethod } from './called-method.js';

/**
 * What the facts pass records about each module, before anything is resolved across modules.
 * Nodes stay valid until the extractor deletes the trees at the end of `extract`.
 */

export interface Parameter {
  name: string;
  /** False after `*`/`*args`: the parameter can only be passed by keyword. */
  positional: boolean;
  defaultValue?: Node;
  /** The type annotation (`progress: Progress`), as written. */
  annotation?: Node;
}

/** `name = value` (also `for name in (...)`, one per element); `at` orders it against uses. */
export interface Assignment {
  value: Node;
  at: number;
}

/** A value expression with the scope its names are read in. */
export interface ScopedValue {
  node: Node;
  scope: Scope;
}

/** `msg["key"] = value`, `msg.update({"key": value})`, `msg.update(key=value)`. */
export interface KeyAddition {
  key: string;
  value: Node;
}

/** A function, a method, or a module's top-level code (no `name`). */
export interface Scope {
  module: ModuleFacts;
  /** The `function_definition`, or the module root. */
  node: Node;
  /** `func` or `Class.method`; undefined for module-level code. */
  name?: string;
  ownerClass?: ClassFacts;
  parent?: Scope;
  parameters: Parameter[];
  /** 1 when a call through an instance or class binds the first parameter (`self`, `cls`). */
  boundParameters: 0 | 1;
  assignments: Map<string, Assignment[]>;
  keyAdditions: Map<string, KeyAddition[]>;
  calls: CallFact[];
  loops: LoopFact[];
  /** Functions defined directly in this scope (module-level functions for a module). */
  functions: Map<string, Scope>;
  /** The expressions of the function's decorators (`sio.on("join")`, `sio.event`), outermost first. */
  decorators: Node[];
}

export interface CallFact {
  node: Node;
  callee: Node;
  /** The callee as written, for `via`. */
  calleeText: string;
  /** The callee's node type; like `calleePath`, read once, as each read is a call into WebAssembly. */
  calleeType: string;
  /** The callee as a dotted name (`identifierPath`: `['manager', 'broadcast']`); undefined for other callees. */
  calleePath?: string[];
  /** The method the call runs (`calledMethod`): read once here, as most passes ask it of every call. */
  method?: CalledMethod;
  /** Positional arguments up to the first `*args` splat. */
  positional: Node[];
  keywords: Map<string, Node>;
  /** The call spreads `*args`/`**kwargs`, so a missing argument may still be passed. */
  spreadsArguments: boolean;
  scope: Scope;
  /** Scanned functions the call may run; filled by the resolution pass. */
  targets: CallTarget[];
}

/** `for target in iterable:` / `async for ...`. */
export interface LoopFact {
  target: Node;
  iterable: Node;
  isAsync: boolean;
}

export interface CallTarget {
  scope: Scope;
  /**
   * How many leading parameters the call binds implicitly: `self` of `obj.method()`, plus the
   * arguments a `functools.partial` already holds.
   */
  boundParameters: number;
}

export interface ClassFacts {
  name: string;
  /** The `class_definition`. */
  node: Node;
  module: ModuleFacts;
  /** The scope the class statement runs in, where its base classes are read. */
  definedIn: Scope;
  /** The base class expressions (`socketio.AsyncNamespace`); keyword arguments such as `metaclass=` are left out. */
  bases: Node[];
  methods: Map<string, Scope>;
  /** Class-level `NAME = value` (enum members, constants, dispatch tables). */
  attributes: Map<string, ScopedValue[]>;
  /** `self.NAME = value` in any method. */
  instanceAttributes: Map<string, ScopedValue[]>;
}

/** `level` 0 is absolute (`import a.b`); 1 is `from . import`, 2 is `from .. import`. */
export interface ImportTarget {
  level: number;
  parts: string[];
}

export type ImportBinding =
  | { kind: 'module'; target: ImportTarget }
  | { kind: 'member'; target: ImportTarget; name: string };

export interface ModuleFacts {
  file: SourceFile;
  scope: Scope;
  /** Every scope of the module (module-level code first, then functions and methods in source order). */
  scopes: Scope[];
  classes: Map<string, ClassFacts>;
  /** Local name (dotted for `import a.b`) → what it was imported from. */
  imports: Map<string, ImportBinding>;
}
