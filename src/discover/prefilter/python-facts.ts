import { forEachPythonLine, type PythonLine, type PythonToken } from './python-tokens.js';
import {
  PYTHON_ANY_RECEIVER_METHODS,
  PYTHON_HANDLER_METHOD_PREFIXES,
  PYTHON_LIBRARY_ROOTS,
  PYTHON_SITE_WORDS,
} from './vocabulary.js';

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

const identifierAt = (tokens: readonly PythonToken[], index: number): string | undefined => {
  const token = tokens[index];
  return token?.kind === 'identifier' ? token.value : undefined;
};

/** `a.b.c` starting at `index`: the parts and the index after them. */
function dottedName(tokens: readonly PythonToken[], index: number): { parts: string[]; next: number } {
  const parts: string[] = [];
  let position = index;
  for (let name = identifierAt(tokens, position); name !== undefined; name = identifierAt(tokens, position)) {
    parts.push(name);
    position += 1;
    if (tokens[position]?.value !== '.') break;
    position += 1;
  }
  return { parts, next: position };
}

/** `import a.b as x, c`: every prefix of every dotted name (`a`, `a.b`, `c`). */
function importStatement(tokens: readonly PythonToken[]): PythonModuleReference[] {
  const references: PythonModuleReference[] = [];
  let index = 1;
  while (index < tokens.length) {
    const { parts, next } = dottedName(tokens, index);
    parts.forEach((_, length) => references.push({ level: 0, parts: parts.slice(0, length + 1) }));
    index = next;
    while (index < tokens.length && tokens[index]?.value !== ',') index += 1;
    index += 1;
  }
  return references;
}

/** `from ..a.b import c, d as e`: the module, and each imported name as a possible submodule. */
function fromStatement(tokens: readonly PythonToken[]): PythonModuleReference[] {
  let index = 1;
  let level = 0;
  while (tokens[index]?.value === '.') (level += 1), (index += 1);
  const { parts, next } = identifierAt(tokens, index) === 'import' ? { parts: [], next: index } : dottedName(tokens, index);
  const references: PythonModuleReference[] = [{ level, parts }];
  if (identifierAt(tokens, next) !== 'import') return references;
  let expectName = true;
  for (const token of tokens.slice(next + 1)) {
    if (token.kind === 'identifier' && expectName && token.value !== 'as') references.push({ level, parts: [...parts, token.value] });
    if (token.value === ',') expectName = true;
    else if (token.kind === 'identifier') expectName = false;
  }
  return references;
}

function isSiteWord(name: string): boolean {
  return PYTHON_SITE_WORDS.has(name) || PYTHON_HANDLER_METHOD_PREFIXES.some((prefix) => name.startsWith(prefix));
}

/** `async for message in websocket:`: a loop over a name (not a call) reads from a socket. */
function iteratesName(tokens: readonly PythonToken[], asyncIndex: number): boolean {
  if (identifierAt(tokens, asyncIndex + 1) !== 'for') return false;
  const inIndex = tokens.findIndex((token, index) => index > asyncIndex + 1 && token.kind === 'identifier' && token.value === 'in');
  if (inIndex < 0) return false;
  const { parts, next } = dottedName(tokens, inIndex + 1);
  return parts.length > 0 && tokens[next]?.value === ':';
}

function scanTokens(tokens: readonly PythonToken[], facts: PythonFacts): void {
  tokens.forEach((token, index) => {
    if (token.kind !== 'identifier') return;
    const name = token.value;
    if (PYTHON_LIBRARY_ROOTS.has(name)) facts.origin = true;
    if (PYTHON_ANY_RECEIVER_METHODS.has(name)) facts.origin = facts.siteShaped = true;
    if (isSiteWord(name)) facts.siteShaped = true;
    if (name === 'async' && iteratesName(tokens, index)) facts.origin = facts.siteShaped = true;
    if (tokens[index - 1]?.value === '.' && tokens[index + 1]?.value === '(') facts.calledMethods.push(name);
  });
}

/** Keeps the class/def nesting to tell methods from functions. */
function readHeader(line: PythonLine, headers: Header[], facts: PythonFacts): void {
  while (headers.length > 0 && (headers.at(-1)?.indent ?? 0) >= line.indent) headers.pop();
  const offset = identifierAt(line.tokens, 0) === 'async' ? 1 : 0;
  const keyword = identifierAt(line.tokens, offset);
  if (keyword !== 'class' && keyword !== 'def') return;
  const name = identifierAt(line.tokens, offset + 1);
  if (keyword === 'def' && name !== undefined && headers.at(-1)?.kind === 'class') facts.methodNames.push(name);
  headers.push({ kind: keyword, indent: line.indent });
}

export function pythonFacts(text: string): PythonFacts {
  const facts: PythonFacts = { origin: false, siteShaped: false, imports: [], methodNames: [], calledMethods: [] };
  const headers: Header[] = [];
  forEachPythonLine(text, (line) => {
    const first = identifierAt(line.tokens, 0);
    if (first === 'import') facts.imports.push(...importStatement(line.tokens));
    else if (first === 'from') facts.imports.push(...fromStatement(line.tokens));
    if (line.tokens[0]?.value !== '@') readHeader(line, headers, facts);
    scanTokens(line.tokens, facts);
  });
  return facts;
}
