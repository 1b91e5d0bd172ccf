import type * as t from '@babel/types';

import { isCall, isCallTo, isClass, isFunction, isMember, keyName, memberName, unwrap, walk, type Node } from './ast.js';
import { functionsOf } from './function-refs.js';
import type { ClassInfo } from './classes.js';
import { globalPropertyName } from './module-graph.js';
import type { ParsedFile } from './parsed-file.js';
import type { Project } from './project.js';
import type { Binding, ValueRef } from './scope.js';

export interface Located<N extends Node = Node> {
  node: N;
  file: ParsedFile;
}

/**
 * Where an expression's value can come from:
 * `value` a node that is not a reference (literal, call, object, function, class, ...);
 * `param` a function parameter; `loop` the variable of a loop over `iterable`, holding `path` of
 * each element (`[]` the element; `['0']` its key in `for (const [key, fn] of Object.entries(x))`);
 * `namespace` an `import * as ns` (or a `require` of a scanned ES module); `package` something a
 * package exports (`import { Server } from 'socket.io'`, `require('ws').Server`).
 */
export type Traced =
  | ({ kind: 'value' } & Located)
  | { kind: 'param'; binding: Binding }
  | { kind: 'loop'; iterable: Located; path: readonly string[] }
  | { kind: 'namespace'; file: ParsedFile }
  | { kind: 'package'; source: string };

const MAX_DEPTH = 80;

/** Calls that return (a function of) their first argument unchanged: `Object.freeze(x)`, React's `useCallback(fn)`. */
function isIdentityWrapper(call: t.CallExpression): boolean {
  const callee = unwrap(call.callee);
  return isCallTo(call, 'Object', 'freeze') || (callee.type === 'Identifier' && callee.name === 'useCallback');
}

/** `require('ws')` → `ws`, when `require` is Node's (not a binding of the file). */
function requiredModule(call: t.CallExpression, file: ParsedFile, project: Project): string | undefined {
  const callee = call.callee;
  const source = call.arguments[0];
  if (callee.type !== 'Identifier' || callee.name !== 'require' || call.arguments.length !== 1) return undefined;
  if (source?.type !== 'StringLiteral' || project.bindingsOf(file, callee).length > 0) return undefined;
  return source.value;
}

function enclosingFunction(file: ParsedFile, node: Node): Node | undefined {
  for (let current = file.parents.get(node); current; current = file.parents.get(current)) {
    if (isFunction(current)) return current;
  }
  return undefined;
}
/** The object literal `this` is in a method of (`const Page = { init() { this.render() } }`), arrows looked through. */
function thisObjectLiteral(file: ParsedFile, node: Node): t.ObjectExpression | undefined {
  for (let current = file.parents.get(node); current; current = file.parents.get(current)) {
    if (current.type === 'ArrowFunctionExpression' || !isFunction(current)) continue;
    const holder = current.type === 'ObjectMethod' ? current : file.parents.get(current);
    const isMethod = holder === current || (holder?.type === 'ObjectProperty' && holder.value === current);
    const object = isMethod && holder ? file.parents.get(holder) : undefined;
    return object?.type === 'ObjectExpression' ? object : undefined;
  }
  return undefined;
}

/** Array methods whose callback receives each element as its first parameter. */
export const ARRAY_ITERATION_METHODS: ReadonlySet<string> = new Set(['forEach', 'map', 'flatMap', 'filter', 'some', 'every']);

/** Follows bindings, aliases, imports, globals, object/enum members and class fields to their values. */
export class Tracer {
  /** Nodes and bindings being followed right now: a cycle (`a = b; b = a`, modules re-exporting each other) ends. */
  private readonly inProgress = new Set<Node | Binding>();

  constructor(private readonly project: Project) {}

  trace(located: Located): Traced[] {
    return this.expression(located.node, located.file);
  }

  /** Values of `name` on an instance of `info`, including inherited ones. */
  instanceMember(info: ClassInfo, name: string): Traced[] {
    const chain = this.classChain(info);
    for (const current of chain) {
      const method = current.methods.get(name);
      if (method) return [{ kind: 'value', node: method, file: current.file }];
    }
    return chain.flatMap((current) => this.refs(current.fields.get(name) ?? []));
  }

  /** The class and its superclasses that are in the scanned files. */
  classChain(info: ClassInfo): ClassInfo[] {
    const chain: ClassInfo[] = [];
    for (let current: ClassInfo | undefined = info; current && !chain.includes(current); ) {
      chain.push(current);
      current = current.node.superClass ? this.classOf({ node: current.node.superClass, file: current.file }) : undefined;
    }
    return chain;
  }

  /** The scanned class an expression (a class name, or `new C()`) refers to. */
  classOf(located: Located): ClassInfo | undefined {
    const node = unwrap(located.node);
    const target = node.type === 'NewExpression' ? { node: node.callee, file: located.file } : located;
    for (const traced of this.trace(target)) {
      if (traced.kind === 'value' && isClass(traced.node)) return this.project.classes.of(traced.node);
    }
    return undefined;
  }

  private expression(raw: Node, file: ParsedFile): Traced[] {
    const node = unwrap(raw);
    return this.guarded(node, () => this.expressionValues(node, file));
  }

  /** Runs `follow` unless `key` is already being followed (a cycle) or the chain is too long. */
  private guarded(key: Node | Binding, follow: () => Traced[]): Traced[] {
    if (this.inProgress.has(key) || this.inProgress.size > MAX_DEPTH) return [];
    this.inProgress.add(key);
    try {
      return follow();
    } finally {
      this.inProgress.delete(key);
    }
  }

  private expressionValues(node: Node, file: ParsedFile): Traced[] {
    switch (node.type) {
      case 'Identifier':
        return this.project.bindingsOf(file, node).flatMap((binding) => this.binding(binding));
      case 'MemberExpression':
      case 'OptionalMemberExpression':
        return this.member(node, file);
      case 'AwaitExpression':
        return node.argument ? this.expression(node.argument, file) : [];
      case 'LogicalExpression':
        return [...this.expression(node.left, file), ...this.expression(node.right, file)];
      case 'ConditionalExpression':
        return [...this.expression(node.consequent, file), ...this.expression(node.alternate, file)];
      case 'SequenceExpression':
        return node.expressions.length > 0 ? this.expression(node.expressions.at(-1) as Node, file) : [];
      case 'AssignmentExpression':
        return this.expression(node.right, file);
      case 'CallExpression': {
        const required = requiredModule(node, file, this.project);
        if (required !== undefined) return this.required(required, file);
        return isIdentityWrapper(node) && node.arguments[0]
          ? this.expression(node.arguments[0], file)
          : [{ kind: 'value', node, file }];
      }
      default:
        return [{ kind: 'value', node, file }];
    }
  }

  /** `require(source)`: a scanned CommonJS module's `module.exports`, a scanned ES module's namespace, or a package. */
  private required(source: string, file: ParsedFile): Traced[] {
    const target = this.project.modules.resolve(file, source);
    if (!target) return [{ kind: 'package', source }];
    const exported = this.project.modules.commonJsExport(target);
    return exported ? this.binding(exported) : [{ kind: 'namespace', file: target }];
  }

  private refs(values: readonly ValueRef[]): Traced[] {
    return values.flatMap((value) => this.readPath(this.expression(value.node, value.file), value.path));
  }

  private binding(binding: Binding): Traced[] {
    return this.guarded(binding, () => this.bindingValues(binding));
  }

  private bindingValues(binding: Binding): Traced[] {
    if (binding.param) return this.param(binding);
    if (binding.loopOver) return [{ kind: 'loop', iterable: binding.loopOver, path: binding.loopOver.path }];
    if (binding.imported) {
      const namespace = this.project.modules.namespaceTarget(binding);
      if (namespace) return [{ kind: 'namespace', file: namespace }];
      const target = this.project.modules.importTarget(binding);
      return target ? this.binding(target) : [{ kind: 'package', source: binding.imported.source }];
    }
    return this.refs(binding.values);
  }

  /**
   * `['a', 'b'].forEach((name) => ...)`: the callback's first parameter runs over the array (a
   * destructured one, `([name, fn]) => ...`, over a part of each element).
   */
  private param(binding: Binding): Traced[] {
    const param = binding.param;
    if (!param) return [];
    const call = binding.file.parents.get(param.fn);
    if (param.index === 0 && call && isCall(call) && call.arguments[0] === param.fn) {
      const callee = unwrap(call.callee);
      const method = isMember(callee) ? memberName(callee) : undefined;
      if (isMember(callee) && method !== undefined && ARRAY_ITERATION_METHODS.has(method)) {
        return [{ kind: 'loop', iterable: { node: callee.object, file: binding.file }, path: param.path }];
      }
    }
    return [{ kind: 'param', binding }];
  }

  private readPath(traced: Traced[], path: readonly string[]): Traced[] {
    let current = traced;
    for (const name of path) current = current.flatMap((item) => this.property(item, name));
    return current;
  }

  private member(node: t.MemberExpression | t.OptionalMemberExpression, file: ParsedFile): Traced[] {
    const name = memberName(node);
    if (name === undefined) return [];
    const global = globalPropertyName(node);
    if (global !== undefined) return this.project.modules.global(global).flatMap((binding) => this.binding(binding));
    if (node.object.type === 'ThisExpression') {
      const owner = this.project.classes.thisClass(file, node);
      if (owner) return this.instanceMember(owner, name);
      const object = thisObjectLiteral(file, node);
      return object ? this.objectProperty(object, name, file) : [];
    }
    return this.expression(node.object, file).flatMap((item) => this.property(item, name));
  }

  private property(item: Traced, name: string): Traced[] {
    if (item.kind === 'namespace') {
      const binding = this.project.modules.exported(item.file, name);
      return binding ? this.binding(binding) : [];
    }
    if (item.kind === 'package') return [item];
    if (item.kind !== 'value') return [];
    return this.guarded(item.node, () => this.valueProperty(item, name));
  }

  private valueProperty(item: { kind: 'value' } & Located, name: string): Traced[] {
    const node = item.node;
    switch (node.type) {
      case 'ObjectExpression':
        return this.objectProperty(node, name, item.file);
      case 'TSEnumDeclaration': {
        const member = node.members.find((candidate) => keyName(candidate.id, false) === name);
        return member?.initializer ? this.expression(member.initializer, item.file) : [];
      }
      case 'NewExpression': {
        const info = this.classOf(item);
        return info ? this.instanceMember(info, name) : [];
      }
      case 'CallExpression':
      case 'OptionalCallExpression':
        return this.returnedValues({ node: node.callee, file: item.file }).flatMap((value) => this.property(value, name));
      case 'ClassDeclaration':
      case 'ClassExpression': {
        const info = this.project.classes.of(node);
        return info ? this.refs(info.staticMembers.get(name) ?? []) : [];
      }
      default:
        return [];
    }
  }

  /** What the scanned functions an expression calls return: `const { send } = useChatSocket(room)`. */
  private returnedValues(callee: Located): Traced[] {
    return functionsOf(this, callee).flatMap((fn) => {
      const body = fn.node.body;
      if (body.type !== 'BlockStatement') return this.expression(body, fn.file);
      const returned: Traced[] = [];
      walk(body, (node) => {
        if (node.type === 'ReturnStatement' && node.argument && enclosingFunction(fn.file, node) === fn.node) {
          returned.push(...this.expression(node.argument, fn.file));
        }
      });
      return returned;
    });
  }

  private objectProperty(object: t.ObjectExpression, name: string, file: ParsedFile): Traced[] {
    for (let i = object.properties.length - 1; i >= 0; i--) {
      const property = object.properties[i] as t.ObjectExpression['properties'][number];
      if (property.type === 'SpreadElement') {
        const spread = this.expression(property.argument, file).flatMap((item) => this.property(item, name));
        if (spread.length > 0) return spread;
        continue;
      }
      if (keyName(property.key, property.computed) !== name) continue;
      if (property.type === 'ObjectMethod') return [{ kind: 'value', node: property, file }];
      return this.expression(property.value, file);
    }
    return [];
  }
}
