import path from 'node:path';
import type { Language } from '../../model/source-file.js';
import { JavascriptFactReader, type JavascriptFacts } from './javascript-facts.js';
import { IdentifierTable } from './identifier-table.js';
import { javascriptIdentifierFlags } from './javascript-identifiers.js';
import { createPythonResolver, resolveSpecifier } from './module-references.js';
import { pythonFacts, type PythonFacts } from './python-facts.js';
import { pythonIdentifierFlags } from './python-identifiers.js';
import { append } from '../../util/map-lists.js';
import { UnionFind } from './union-find.js';
import { PYTHON_ROUTE_LIBRARY_ROOTS } from './vocabulary.js';

/** A file as the prefilter sees it: its text, before any parsing. */
export interface PrefilterFile {
  /** Display path with `/` separators: the path the extractors resolve imports against. */
  path: string;
  language: Language;
  /** `.html`, `.vue`, `.svelte`: scripts inside markup. */
  embedded: boolean;
  text: string;
}

/** Files the extractors can analyse on their own: they refer to nothing outside the group. */
export interface FileGroup {
  /** File numbers, ascending. */
  files: number[];
  /**
   * Python methods this group calls by a name that classes outside it define too: the call is
   * ambiguous even where only one class of the group has the name (sorted).
   */
  methodsDefinedElsewhere: string[];
}

/** A file as the grouping sees it: where it is, without its text. */
export type PrefilterFileInfo = Omit<PrefilterFile, 'text'>;

/** What the prefilter keeps of one file's text. */
export type FileFacts = { language: 'javascript'; facts: JavascriptFacts } | { language: 'python'; facts: PythonFacts };

/** The identifier fields of JavaScript facts: numbers of one run's identifier table. */
type IdentifierField = 'topLevelNames' | 'assignedGlobals' | 'freeIdentifiers';
const IDENTIFIER_FIELDS: readonly IdentifierField[] = ['topLevelNames', 'assignedGlobals', 'freeIdentifiers'];

/** File facts as plain JSON that outlives a run (identifier names instead of numbers), for a cache. */
export type StoredFileFacts =
  | { language: 'javascript'; facts: Omit<JavascriptFacts, IdentifierField> & Record<IdentifierField, string[]> }
  | { language: 'python'; facts: PythonFacts };

/**
 * Reads files' facts one at a time (identifiers are numbered across all of them), so that a
 * caller can read each file's facts right after reading the file, or take them from a cache.
 */
export class FileFactReader {
  private readonly javascriptNames = new IdentifierTable(javascriptIdentifierFlags);
  private readonly javascript = new JavascriptFactReader(this.javascriptNames);
  private readonly python = new IdentifierTable(pythonIdentifierFlags);

  read(file: Pick<PrefilterFile, 'language' | 'text'>): FileFacts {
    return file.language === 'python'
      ? { language: 'python', facts: pythonFacts(file.text, this.python) }
      : { language: 'javascript', facts: this.javascript.read(file.text) };
  }

  toStored(entry: FileFacts): StoredFileFacts {
    if (entry.language === 'python') return entry;
    const names = (ids: readonly number[]) => ids.map((id) => this.javascriptNames.names[id] ?? '');
    return { language: 'javascript', facts: { ...entry.facts, ...mapIdentifierFields(entry.facts, names) } };
  }

  fromStored(entry: StoredFileFacts): FileFacts {
    if (entry.language === 'python') return entry;
    const numbers = (names: readonly string[]) => names.map((name) => this.javascriptNames.number(name));
    return { language: 'javascript', facts: { ...entry.facts, ...mapIdentifierFields(entry.facts, numbers) } };
  }
}

function mapIdentifierFields<From, To>(facts: Record<IdentifierField, readonly From[]>, map: (values: readonly From[]) => To[]) {
  return Object.fromEntries(IDENTIFIER_FIELDS.map((field) => [field, map(facts[field])])) as Record<IdentifierField, To[]>;
}

/** Components' top-level code is private to the component (as in the extractor's module graph). */
const COMPONENT_EXTENSIONS = new Set(['.vue', '.svelte']);

/**
 * Which files can matter to the analysis, in groups that can be extracted independently. Files are
 * linked by the references the extractors follow across files: relative imports, globals of
 * classic scripts, Python imports, Python methods called by a name only one class defines, and
 * Python message routes. A group of linked files can hold a site only if one of its files can make
 * something socket-like (an origin) and one is written with a site's tokens; the other groups are
 * left out. Returns the groups to parse, ordered by their first file. `facts[i]` are those of
 * `files[i]`, read by one `FileFactReader`.
 */
export function groupFilesByFacts(files: readonly PrefilterFileInfo[], facts: readonly FileFacts[]): FileGroup[] {
  const links = new UnionFind(files.length);
  linkJavascriptImports(files, facts, links);
  linkJavascriptGlobals(files, facts, links);
  linkPythonImports(files, facts, links);
  linkPythonMessageRoutes(facts, links);
  const methods = pythonMethodDefinitions(facts);
  linkUniquePythonMethods(facts, methods, links);
  const selected = relevantGroups(facts, links);
  return groupsOf(selected, links).map((group) => ({ files: group, methodsDefinedElsewhere: methodsDefinedElsewhere(group, facts, methods) }));
}

function groupsOf(selected: ReadonlySet<number>, links: UnionFind): number[][] {
  const groups = new Map<number, number[]>();
  [...selected].sort((a, b) => a - b).forEach((index) => append(groups, links.find(index), index));
  return [...groups.values()];
}

function linkJavascriptImports(files: readonly PrefilterFileInfo[], facts: readonly FileFacts[], links: UnionFind): void {
  const byPath = new Map<string, number>();
  files.forEach((file, index) => file.language === 'javascript' && !file.embedded && byPath.set(file.path, index));
  facts.forEach((entry, index) => {
    if (entry.language !== 'javascript') return;
    for (const specifier of entry.facts.specifiers) {
      const target = resolveSpecifier(byPath, files[index]?.path ?? '', specifier);
      if (target !== undefined) links.union(index, target);
    }
  });
}

/** Classic scripts share their top-level names; any file may read them, or set one on `window`. */
function linkJavascriptGlobals(files: readonly PrefilterFileInfo[], facts: readonly FileFacts[], links: UnionFind): void {
  const definers = new Map<number, number[]>();
  const define = (name: number, index: number) => append(definers, name, index);
  facts.forEach((entry, index) => {
    if (entry.language !== 'javascript') return;
    const isComponent = COMPONENT_EXTENSIONS.has(path.posix.extname(files[index]?.path ?? '').toLowerCase());
    const sharesGlobals = !isComponent && (files[index]?.embedded || !entry.facts.isModule);
    if (sharesGlobals) entry.facts.topLevelNames.forEach((name) => define(name, index));
    entry.facts.assignedGlobals.forEach((name) => define(name, index));
  });
  if (definers.size === 0) return;
  facts.forEach((entry, index) => {
    if (entry.language !== 'javascript') return;
    const own = new Set(entry.facts.topLevelNames);
    for (const name of entry.facts.freeIdentifiers) {
      if (own.has(name)) continue;
      for (const definer of definers.get(name) ?? []) links.union(index, definer);
    }
  });
}

function linkPythonImports(files: readonly PrefilterFileInfo[], facts: readonly FileFacts[], links: UnionFind): void {
  const paths = new Map<number, string>();
  files.forEach((file, index) => file.language === 'python' && paths.set(index, file.path));
  if (paths.size === 0) return;
  const resolve = createPythonResolver(paths);
  facts.forEach((entry, index) => {
    if (entry.language !== 'python') return;
    for (const reference of entry.facts.imports) {
      const target = resolve(index, reference);
      if (target !== undefined) links.union(index, target);
    }
  });
}

/**
 * A message route's type picks a method of a consumer class anywhere (`"chat.message"` →
 * `chat_message`), so every file that uses a routing library is in one group.
 */
function linkPythonMessageRoutes(facts: readonly FileFacts[], links: UnionFind): void {
  const routeFiles = facts.flatMap((entry, index) =>
    entry.language === 'python' && entry.facts.imports.some((reference) => isRouteLibrary(reference)) ? [index] : [],
  );
  routeFiles.forEach((index) => routeFiles[0] !== undefined && links.union(index, routeFiles[0]));
}

function isRouteLibrary(reference: { level: number; parts: readonly string[] }): boolean {
  return reference.level === 0 && PYTHON_ROUTE_LIBRARY_ROOTS.has(reference.parts[0] ?? '');
}

/** Method name → the files defining it, once per definition. */
function pythonMethodDefinitions(facts: readonly FileFacts[]): Map<string, number[]> {
  const definitions = new Map<string, number[]>();
  facts.forEach((entry, index) => {
    if (entry.language !== 'python') return;
    for (const name of entry.facts.methodNames) append(definitions, name, index);
  });
  return definitions;
}

/** `anything.method(...)` runs the one scanned method of that name, when there is only one. */
function linkUniquePythonMethods(facts: readonly FileFacts[], methods: ReadonlyMap<string, number[]>, links: UnionFind): void {
  facts.forEach((entry, index) => {
    if (entry.language !== 'python') return;
    for (const name of entry.facts.calledMethods) {
      const [only, ...others] = methods.get(name) ?? [];
      if (only !== undefined && others.length === 0) links.union(index, only);
    }
  });
}

function relevantGroups(facts: readonly FileFacts[], links: UnionFind): Set<number> {
  const origins = new Set<number>();
  const siteShaped = new Set<number>();
  facts.forEach((entry, index) => {
    if (entry.facts.origin) origins.add(links.find(index));
    if (entry.facts.siteShaped) siteShaped.add(links.find(index));
  });
  const selected = new Set<number>();
  facts.forEach((_, index) => {
    const group = links.find(index);
    if (origins.has(group) && siteShaped.has(group)) selected.add(index);
  });
  return selected;
}

/**
 * A method name two classes define resolves to neither. Instead of parsing the other definitions
 * with the group, the group is told which names it calls are also defined outside it.
 */
function methodsDefinedElsewhere(group: readonly number[], facts: readonly FileFacts[], methods: ReadonlyMap<string, number[]>): string[] {
  const inGroup = new Set(group);
  const names = new Set<string>();
  for (const index of group) {
    const entry = facts[index];
    if (entry?.language !== 'python') continue;
    for (const name of entry.facts.calledMethods) {
      if ((methods.get(name) ?? []).some((definer) => !inGroup.has(definer))) names.add(name);
    }
  }
  return [...names].sort();
}
