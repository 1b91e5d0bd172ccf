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
}

const RESOLVABLE_EXTENSIONS = ['.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs', '.mts', '.cts'];
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
 * What crosses file boundaries: ES module imports/exports (named, default, re-exports, `export *`)
 * and, for classic scripts, globals (top-level declarations and `window.x = ...`).
 */
export class ModuleGraph {
  private readonly byPath = new Map<string, ParsedFile>();
  private readonly exportsByFile = new Map<ParsedFile, ModuleExports>();
  private readonly globals = new Map<string, Binding[]>();

  constructor(files: readonly ParsedFile[]) {
    for (const file of files) {
      if (file.source.embeddedIn === undefined) this.byPath.set(file.source.path, file);
      this.exportsByFile.set(file, collectExports(file));
      this.collectGlobals(file);
    }
  }

  resolve(from: ParsedFile, specifier: string): ParsedFile | undefined {
    if (!specifier.startsWith('.') && !specifier.startsWith('/')) return undefined;
    const base = path.posix.normalize(path.posix.join(path.posix.dirname(from.source.path), specifier));
    const stem = base.replace(/\.(m|c)?jsx?$/, '');
    const candidates = [
      base,
      ...RESOLVABLE_EXTENSIONS.map((extension) => stem + extension),
      ...RESOLVABLE_EXTENSIONS.map((extension) => `${base}/index${extension}`),
    ];
    for (const candidate of candidates) {
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

  /** The file of `import * as ns from './x'`. */
  namespaceTarget(binding: Binding): ParsedFile | undefined {
    return binding.imported?.name === '*' ? this.resolve(binding.file, binding.imported.source) : undefined;
  }

  global(name: string): readonly Binding[] {
    return this.globals.get(name) ?? [];
  }

  private addGlobal(binding: Binding): void {
    const list = this.globals.get(binding.name) ?? [];
    list.push(binding);
    this.globals.set(binding.name, list);
  }

  private collectGlobals(file: ParsedFile): void {
    const sharesGlobals = !file.isModule && !COMPONENT_EXTENSIONS.has(path.extname(file.source.path).toLowerCase());
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

function collectExports(file: ParsedFile): ModuleExports {
  const names = new Map<string, ExportEntry>();
  const starSources: string[] = [];
  for (const statement of file.ast.program.body) {
    switch (statement.type) {
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
  return { names, starSources };
}

function defaultExport(file: ParsedFile, statement: t.ExportDefaultDeclaration): ExportEntry {
  const declaration = statement.declaration;
  if (declaration.type === 'Identifier') return { kind: 'local', local: declaration.name };
  const named = declaredNames(declaration)[0];
  if (named !== undefined) return { kind: 'local', local: named };
  return {
    kind: 'value',
    binding: { name: 'default', kind: 'const', file, values: [{ node: declaration, path: [], file }] },
  };
}
