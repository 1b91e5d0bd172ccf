import type * as t from '@babel/types';

import { isFunction, keyName, type FunctionNode, type Node } from './ast.js';
import type { ParsedFile } from './parsed-file.js';

export type BindingKind =
  | 'var' | 'let' | 'const' | 'param' | 'function' | 'class' | 'import' | 'enum' | 'catch' | 'global';

/**
 * A value a binding can hold: `node`, then the property `path` read out of it
 * (`const { type } = msg` holds `msg` at path `['type']`).
 */
export interface ValueRef {
  node: Node;
  path: readonly string[];
  file: ParsedFile;
}

export interface Binding {
  name: string;
  kind: BindingKind;
  file: ParsedFile;
  /** Initialiser and every assignment, in source order. */
  values: ValueRef[];
  param?: { fn: FunctionNode; index: number; path: readonly string[] };
  imported?: { source: string; name: string };
  /** `for (const x of <iterable>)`; `path` is the part of each element a destructured `x` holds. */
  loopOver?: ValueRef;
}

export interface Scope {
  node: Node;
  parent: Scope | undefined;
  bindings: Map<string, Binding>;
}

export interface ScopeTable {
  program: Scope;
  /** The binding an identifier in an expression refers to, if it is declared in this file. */
  lookup(identifier: t.Identifier): Binding | undefined;
}

interface PatternTarget {
  id: t.Identifier;
  path: string[];
  defaultValue?: Node;
}

const ASSIGNMENT_OPERATORS = new Set(['=', '||=', '??=', '&&=']);

function isScopeNode(node: Node): boolean {
  switch (node.type) {
    case 'Program':
    case 'BlockStatement':
    case 'ForStatement':
    case 'ForInStatement':
    case 'ForOfStatement':
    case 'CatchClause':
    case 'SwitchStatement':
    case 'StaticBlock':
      return true;
    default:
      return isFunction(node);
  }
}

function patternTargets(pattern: Node, path: string[]): PatternTarget[] {
  switch (pattern.type) {
    case 'Identifier':
      return [{ id: pattern, path }];
    case 'AssignmentPattern':
      return patternTargets(pattern.left, path).map((target) =>
        target.path === path ? { ...target, defaultValue: pattern.right } : target,
      );
    case 'ObjectPattern':
      return pattern.properties.flatMap((property) =>
        property.type === 'RestElement'
          ? patternTargets(property.argument, [...path, '...'])
          : patternTargets(property.value, [...path, keyName(property.key, property.computed) ?? '?']),
      );
    case 'ArrayPattern':
      return pattern.elements.flatMap((element, index) =>
        element ? patternTargets(element, [...path, String(index)]) : [],
      );
    case 'RestElement':
      return patternTargets(pattern.argument, [...path, '...']);
    case 'TSParameterProperty':
      return patternTargets(pattern.parameter, path);
    default:
      return [];
  }
}

class ScopeBuilder {
  private readonly scopes = new Map<Node, Scope>();

  constructor(private readonly file: ParsedFile) {}

  build(): ScopeTable {
    const program = this.file.ast.program;
    // Parents come before children, so a node's enclosing scopes exist by the time it declares anything.
    for (const node of this.file.nodes) {
      if (isScopeNode(node)) this.scopes.set(node, { node, parent: this.enclosingScope(node), bindings: new Map() });
      this.declare(node);
    }
    // Assignments once every declaration is known: a function may assign a `let` declared below it.
    for (const node of this.file.nodes) this.assign(node);
    return {
      program: this.scopes.get(program) as Scope,
      lookup: (identifier) => this.lookup(identifier, identifier.name),
    };
  }

  private enclosingScope(node: Node): Scope | undefined {
    for (let current = this.file.parents.get(node); current; current = this.file.parents.get(current)) {
      const scope = this.scopes.get(current);
      if (scope) return scope;
    }
    return undefined;
  }

  private functionScope(node: Node): Scope | undefined {
    for (let scope = this.enclosingScope(node); scope; scope = scope.parent) {
      if (scope.node.type === 'Program' || isFunction(scope.node)) return scope;
    }
    return undefined;
  }

  private lookup(node: Node, name: string): Binding | undefined {
    for (let scope = this.enclosingScope(node); scope; scope = scope.parent) {
      const binding = scope.bindings.get(name);
      if (binding) return binding;
    }
    return undefined;
  }

  private bind(scope: Scope | undefined, name: string, kind: BindingKind): Binding | undefined {
    if (!scope) return undefined;
    let binding = scope.bindings.get(name);
    if (!binding) {
      binding = { name, kind, file: this.file, values: [] };
      scope.bindings.set(name, binding);
    }
    return binding;
  }

  private value(node: Node, path: readonly string[] = []): ValueRef {
    return { node, path, file: this.file };
  }

  private declare(node: Node): void {
    switch (node.type) {
      case 'VariableDeclaration':
        this.declareVariables(node);
        return;
      case 'FunctionDeclaration':
        if (node.id) this.bind(this.enclosingScope(node), node.id.name, 'function')?.values.push(this.value(node));
        this.declareParams(node);
        return;
      case 'ClassDeclaration':
        if (node.id) this.bind(this.enclosingScope(node), node.id.name, 'class')?.values.push(this.value(node));
        return;
      case 'TSEnumDeclaration':
        this.bind(this.enclosingScope(node), node.id.name, 'enum')?.values.push(this.value(node));
        return;
      case 'ImportDeclaration':
        this.declareImports(node);
        return;
      case 'CatchClause':
        if (node.param) {
          for (const target of patternTargets(node.param, [])) this.bind(this.scopes.get(node), target.id.name, 'catch');
        }
        return;
      default:
        if (isFunction(node)) this.declareParams(node);
    }
  }

  private declareVariables(declaration: t.VariableDeclaration): void {
    const kind = declaration.kind === 'var' ? 'var' : declaration.kind === 'const' ? 'const' : 'let';
    const scope = kind === 'var' ? this.functionScope(declaration) : this.enclosingScope(declaration);
    const loop = this.file.parents.get(declaration);
    for (const declarator of declaration.declarations) {
      for (const target of patternTargets(declarator.id, [])) {
        const binding = this.bind(scope, target.id.name, kind);
        if (!binding) continue;
        if (declarator.init) binding.values.push(this.value(declarator.init, target.path));
        if (target.defaultValue) binding.values.push(this.value(target.defaultValue));
        if (loop?.type === 'ForOfStatement' && loop.left === declaration) {
          binding.loopOver = this.value(loop.right, target.path);
        }
      }
    }
  }

  private declareImports(declaration: t.ImportDeclaration): void {
    const scope = this.scopes.get(this.file.ast.program);
    for (const specifier of declaration.specifiers) {
      const name =
        specifier.type === 'ImportDefaultSpecifier' ? 'default'
        : specifier.type === 'ImportNamespaceSpecifier' ? '*'
        : specifier.imported.type === 'Identifier' ? specifier.imported.name : specifier.imported.value;
      const binding = this.bind(scope, specifier.local.name, 'import');
      if (binding) binding.imported = { source: declaration.source.value, name };
    }
  }

  private declareParams(fn: FunctionNode): void {
    const scope = this.scopes.get(fn);
    if (fn.type === 'FunctionExpression' && fn.id) this.bind(scope, fn.id.name, 'function')?.values.push(this.value(fn));
    fn.params.forEach((param, index) => {
      for (const target of patternTargets(param, [])) {
        const binding = this.bind(scope, target.id.name, 'param');
        if (!binding) continue;
        binding.param = { fn, index, path: target.path };
        if (target.defaultValue) binding.values.push(this.value(target.defaultValue));
      }
    });
  }

  private assign(node: Node): void {
    if (node.type !== 'AssignmentExpression' || !ASSIGNMENT_OPERATORS.has(node.operator)) return;
    for (const target of patternTargets(node.left, [])) {
      this.lookup(target.id, target.id.name)?.values.push(this.value(node.right, target.path));
    }
  }
}

export function buildScopes(file: ParsedFile): ScopeTable {
  return new ScopeBuilder(file).build();
}
