import { relativeModuleCandidates } from './relative-modules.js';
import type * as t from '@babel/types';
import path from 'node:path';

import { isMember, memberName, unwrap, type Node } from './ast.js';
import type { ParsedFile } from './parsed-file.js';
import type { Binding } from './scope.js';

type ExportEntry =
  | { kind: 'local'; local: string }
  | { kind: 'value'; binding: Binding }
  | { kind: 'reexport'; source: string; name: string };

interface ModuleExports {
  names: Map<string, ExportEntry>;
  starSources: string[];
  /** CommonJS `module.exports = value`. */
  commonJs?: Binding;
}

const GLOBAL_OBJECTS = new Set(['window', 'globalThis', 'self']);
/** Components' top-level code is private to the component, unlike a classic `<script>`. */
const COMPONENT_EXTENSIONS = new Set(['.vue', '.svelte']);

/** `window.x` / `globalThis.x` / `self.x` → `x`. */
export function globalPropertyName(node: Node): string | undefined {
  const expression = unwrap(node);
  if (!isMember(expression)) return undefined;
  const object = unwrap(expression.object);
  return object.type === 'Identifier' && GLOBAL_OBJECTS.has(object.name) ? memberName(expression) : undefined;
}

/**
 * What crosses file boundaries: ES module imports/exports (named, default, re-exports, `export *`),
 * CommonJS exports (`module.exports = ...`, `exports.x = ...`) and, for classic scripts, globals
 * (top-level declarations and `window.x = ...`).
 */
export class ModuleGraph {
  private readonly byPath = new Map<string, ParsedFile>();
  private readonly exportsByFile = new Map<ParsedFile, ModuleExports>();
  private readonly globals = new Map<string, Binding[]>();
  /** The script blocks and markup handlers of each `.vue`/`.svelte` component, by host path. */
  private readonly componentParts = new Map<string, ParsedFile[]>();

  constructor(files: readonly ParsedFile[]) {
    for (const file of files) {
      if (file.source.embeddedIn === undefined) this.byPath.set(file.source.path, file);
      else if (isComponent(file)) this.addComponentPart(file);
      this.exportsByFile.set(file, collectExports(file));
      this.collectGlobals(file);
    }
  }

  resolve(from: ParsedFile, specifier: string): ParsedFile | undefined {
    if (!specifier.startsWith('.') && !specifier.startsWith('/')) return undefined;
    for (const candidate of relativeModuleCandidates(from.source.path, specifier)) {
      const file = this.byPath.get(candidate);
      if (file) return file;
    }
    return undefined;
  }

  /** The binding behind `import { name } from <file>`, following re-exports. */
  exported(file: ParsedFile, name: string, seen = new Set<string>()): Binding | undefined {
    const key = `${file.source.path}#${name}`;
    if (seen.has(key)) return undefined;
    seen.add(key);
    const module = this.exportsByFile.get(file);
    if (!module) return undefined;
    const entry = module.names.get(name);
    if (entry?.kind === 'local') return file.scopes.program.bindings.get(entry.local);
    if (entry?.kind === 'value') return entry.binding;
    if (entry?.kind === 'reexport') {
      const target = this.resolve(file, entry.source);
      if (!target) return undefined;
      return entry.name === '*' ? undefined : this.exported(target, entry.name, seen);
    }
    if (module.commonJs) return name === 'default' ? module.commonJs : commonJsMember(module.commonJs, name);
    if (name === 'default') return undefined;
    for (const source of module.starSources) {
      const target = this.resolve(file, source);
      const binding = target && this.exported(target, name, seen);
      if (binding) return binding;
    }
    return undefined;
  }

  /** Follows an import binding to the binding it imports (undefined for packages and namespaces). */
  importTarget(binding: Binding): Binding | undefined {
    const imported = binding.imported;
    if (!imported || imported.name === '*') return undefined;
    const target = this.resolve(binding.file, imported.source);
    return target && this.exported(target, imported.name);
  }

  /** What `require(file)` returns when the file assigns `module.exports`. */
  commonJsExport(file: ParsedFile): Binding | undefined {
    return this.exportsByFile.get(file)?.commonJs;
  }

  /** The file of `import * as ns from './x'`. */
  namespaceTarget(binding: Binding): ParsedFile | undefined {
    return binding.imported?.name === '*' ? this.resolve(binding.file, binding.imported.source) : undefined;
  }

  /**
   * A top-level declaration of another part of the same component: its markup handlers and its
   * `<script setup>` see what its script blocks declare (`on:click={() => adminSocket.emit(...)}`).
   */
  componentBinding(file: ParsedFile, name: string): Binding | undefined {
    for (const part of this.componentParts.get(file.source.path) ?? []) {
      const binding = part === file ? undefined : part.scopes.program.bindings.get(name);
      if (binding) return binding;
    }
    return undefined;
  }

  global(name: string): readonly Binding[] {
    return this.globals.get(name) ?? [];
  }

  private addComponentPart(file: ParsedFile): void {
    const parts = this.componentParts.get(file.source.path) ?? [];
    parts.push(file);
    this.componentParts.set(file.source.path, parts);
  }

  private addGlobal(binding: Binding): void {
    const list = this.globals.get(binding.name) ?? [];
    list.push(binding);
    this.globals.set(binding.name, list);
  }

  private collectGlobals(file: ParsedFile): void {
    const sharesGlobals = !file.isModule && !isComponent(file);
    if (sharesGlobals) {
      for (const binding of file.scopes.program.bindings.values()) {
        if (binding.kind !== 'import') this.addGlobal(binding);
      }
    }
    for (const node of file.nodes) {
      if (node.type !== 'AssignmentExpression' || node.operator !== '=') continue;
      const name = globalPropertyName(node.left);
      if (name !== undefined) this.addGlobal({ name, kind: 'global', file, values: [{ node: node.right, path: [], file }] });
    }
  }
}

function isComponent(file: ParsedFile): boolean {
  return COMPONENT_EXTENSIONS.has(path.extname(file.source.path).toLowerCase());
}

function exportedName(node: t.Identifier | t.StringLiteral): string {
  return node.type === 'Identifier' ? node.name : node.value;
}

function declaredNames(declaration: Node): string[] {
  switch (declaration.type) {
    case 'VariableDeclaration':
      return declaration.declarations.flatMap((declarator) =>
        declarator.id.type === 'Identifier' ? [declarator.id.name] : [],
      );
    case 'FunctionDeclaration':
    case 'ClassDeclaration':
      return declaration.id ? [declaration.id.name] : [];
    case 'TSEnumDeclaration':
      return [declaration.id.name];
    default:
      return [];
  }
}

function isModuleExports(node: Node): boolean {
  return (
    isMember(node) && memberName(node) === 'exports' &&
    node.object.type === 'Identifier' && node.object.name === 'module'
  );
}

function valueBinding(name: string, file: ParsedFile, node: Node, path: readonly string[] = []): Binding {
  return { name, kind: 'const', file, values: [{ node, path, file }] };
}

/** `exports.x = v` / `module.exports.x = v` → `x`. */
function commonJsExportName(left: Node): string | undefined {
  if (!isMember(left)) return undefined;
  const owner = unwrap(left.object);
  const isExports = (owner.type === 'Identifier' && owner.name === 'exports') || isModuleExports(owner);
  return isExports ? memberName(left) : undefined;
}

/** `module.exports = { x }`, then `require(...).x`: the member read out of the exported value. */
function commonJsMember(exported: Binding, name: string): Binding | undefined {
  const value = exported.values[0];
  return value && valueBinding(name, exported.file, value.node, [name]);
}

function collectCommonJs(file: ParsedFile, statement: t.ExpressionStatement, exports: ModuleExports): void {
  const expression = statement.expression;
  if (expression.type !== 'AssignmentExpression' || expression.operator !== '=') return;
  if (isModuleExports(expression.left)) {
    exports.commonJs = valueBinding('default', file, expression.right);
    return;
  }
  const name = commonJsExportName(expression.left);
  if (name !== undefined) exports.names.set(name, { kind: 'value', binding: valueBinding(name, file, expression.right) });
}

function collectExports(file: ParsedFile): ModuleExports {
  const names = new Map<string, ExportEntry>();
  const starSources: string[] = [];
  const exports: ModuleExports = { names, starSources };
  for (const statement of file.ast.program.body) {
    switch (statement.type) {
      case 'ExpressionStatement':
        collectCommonJs(file, statement, exports);
        break;
      case 'ExportNamedDeclaration':
        if (statement.declaration) {
          for (const name of declaredNames(statement.declaration)) names.set(name, { kind: 'local', local: name });
        }
        for (const specifier of statement.specifiers) {
          if (specifier.type !== 'ExportSpecifier') continue;
          const exported = exportedName(specifier.exported);
          names.set(
            exported,
            statement.source
              ? { kind: 'reexport', source: statement.source.value, name: specifier.local.name }
              : { kind: 'local', local: specifier.local.name },
          );
        }
        break;
      case 'ExportDefaultDeclaration':
        names.set('default', defaultExport(file, statement));
        break;
      case 'ExportAllDeclaration':
        starSources.push(statement.source.value);
        break;
      default:
        break;
    }
  }
  return exports;
}

function defaultExport(file: ParsedFile, statement: t.ExportDefaultDeclaration): ExportEntry {
  const declaration = statement.declaration;
  if (declaration.type === 'Identifier') return { kind: 'local', local: declaration.name };
  const named = declaredNames(declaration)[0];
  if (named !== undefined) return { kind: 'local', local: named };
  return { kind: 'value', binding: valueBinding('default', file, declaration) };
}
