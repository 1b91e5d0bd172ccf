import { IdentifierTable } from './identifier-table.js';
import { ANY_RECEIVER_METHOD, LIBRARY_ROOT, pythonIdentifierFlags, SITE_WORD } from './python-identifiers.js';
import { forEachPythonLine, type PythonLine } from './python-tokens.js';

/** A module an import statement may load: `from ..a.b import c` is level 2, parts `a.b` (and `a.b.c`). */
export interface PythonModuleReference {
  level: number;
  parts: string[];
}

/** What the prefilter needs to know about one Python file, from its tokens alone. */
export interface PythonFacts {
  /** A socket library, a call that is a site on any receiver, or an `async for` receive loop. */
  origin: boolean;
  /** A token a site is written with: a sink, a registration, a receiving method. */
  siteShaped: boolean;
  imports: PythonModuleReference[];
  /** `def` statements directly inside a class: methods another module may call by name alone. */
  methodNames: string[];
  /** `x.name(...)`: methods called on some object. */
  calledMethods: string[];
}

interface Header {
  kind: 'class' | 'def';
  indent: number;
}

/** `a.b.c` starting at `index`: the parts and the index after them. */
function dottedName(line: PythonLine, index: number): { parts: string[]; next: number } {
  const parts: string[] = [];
  let position = index;
  for (let name = line.identifier(position); name !== undefined; name = line.identifier(position)) {
    parts.push(name);
    position += 1;
    if (line.value(position) !== '.') break;
    position += 1;
  }
  return { parts, next: position };
}

/** `import a.b as x, c`: every prefix of every dotted name (`a`, `a.b`, `c`). */
function importStatement(line: PythonLine): PythonModuleReference[] {
  const references: PythonModuleReference[] = [];
  let index = 1;
  while (index < line.length) {
    const { parts, next } = dottedName(line, index);
    parts.forEach((_, length) => references.push({ level: 0, parts: parts.slice(0, length + 1) }));
    index = next;
    while (index < line.length && line.value(index) !== ',') index += 1;
    index += 1;
  }
  return references;
}

/** `from ..a.b import c, d as e`: the module, and each imported name as a possible submodule. */
function fromStatement(line: PythonLine): PythonModuleReference[] {
  let index = 1;
  let level = 0;
  while (line.value(index) === '.') (level += 1), (index += 1);
  const { parts, next } = line.identifier(index) === 'import' ? { parts: [], next: index } : dottedName(line, index);
  const references: PythonModuleReference[] = [{ level, parts }];
  if (line.identifier(next) !== 'import') return references;
  let expectName = true;
  for (let position = next + 1; position < line.length; position += 1) {
    const name = line.identifier(position);
    if (name !== undefined && expectName && name !== 'as') references.push({ level, parts: [...parts, name] });
    if (line.value(position) === ',') expectName = true;
    else if (name !== undefined) expectName = false;
  }
  return references;
}

/** `async for message in websocket:`: a loop over a name (not a call) reads from a socket. */
function iteratesName(line: PythonLine, asyncIndex: number): boolean {
  if (line.identifier(asyncIndex + 1) !== 'for') return false;
  let inIndex = asyncIndex + 2;
  while (inIndex < line.length && line.identifier(inIndex) !== 'in') inIndex += 1;
  if (inIndex >= line.length) return false;
  const { parts, next } = dottedName(line, inIndex + 1);
  return parts.length > 0 && line.value(next) === ':';
}

function scanTokens(line: PythonLine, facts: PythonFacts): void {
  for (let index = 0; index < line.length; index += 1) {
    const name = line.identifier(index);
    if (name === undefined) continue;
    const flags = line.flags(index);
    if (flags & LIBRARY_ROOT) facts.origin = true;
    if (flags & ANY_RECEIVER_METHOD) facts.origin = facts.siteShaped = true;
    if (flags & SITE_WORD) facts.siteShaped = true;
    if (name === 'async' && iteratesName(line, index)) facts.origin = facts.siteShaped = true;
    if (line.value(index - 1) === '.' && line.value(index + 1) === '(') facts.calledMethods.push(name);
  }
}

/** Keeps the class/def nesting to tell methods from functions. */
function readHeader(line: PythonLine, headers: Header[], facts: PythonFacts): void {
  while (headers.length > 0 && (headers.at(-1)?.indent ?? 0) >= line.indent) headers.pop();
  const offset = line.identifier(0) === 'async' ? 1 : 0;
  const keyword = line.identifier(offset);
  if (keyword !== 'class' && keyword !== 'def') return;
  const name = line.identifier(offset + 1);
  if (keyword === 'def' && name !== undefined && headers.at(-1)?.kind === 'class') facts.methodNames.push(name);
  headers.push({ kind: keyword, indent: line.indent });
}

/** `identifiers` numbers the names of every file read with it (one table per prefilter run). */
export function pythonFacts(text: string, identifiers = new IdentifierTable(pythonIdentifierFlags)): PythonFacts {
  const facts: PythonFacts = { origin: false, siteShaped: false, imports: [], methodNames: [], calledMethods: [] };
  const headers: Header[] = [];
  forEachPythonLine(text, identifiers, (line) => {
    const first = line.identifier(0);
    if (first === 'import') facts.imports.push(...importStatement(line));
    else if (first === 'from') facts.imports.push(...fromStatement(line));
    if (line.value(0) !== '@') readHeader(line, headers, facts);
    scanTokens(line, facts);
  });
  return facts;
}
