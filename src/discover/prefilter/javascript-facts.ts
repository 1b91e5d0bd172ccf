import type { IdentifierTable } from './identifier-table.js';
import {
  DECLARATION,
  ENVELOPE_PROPERTY,
  FACTORY,
  GLOBAL_OBJECT,
  MANAGER_METHOD,
  MODULE_KEYWORD,
  NAMED_DECLARATION,
  NEW_KEYWORD,
  SITE_METHOD,
  SOCKET_CONSTRUCTOR,
  SOCKET_NAME,
} from './javascript-identifiers.js';
import { ownCopy } from './own-copy.js';
import { forEachJavascriptToken, type JavascriptTokenVisitor } from './javascript-tokens.js';
import { JAVASCRIPT_SITE_METHODS, JAVASCRIPT_SOCKET_MODULES } from './vocabulary.js';

/** What the prefilter needs to know about one JavaScript-family file, from its tokens alone. */
export interface JavascriptFacts {
  /** Something here can make a receiver socket-like: a socket-ish name, a factory, a socket package, a manager method. */
  origin: boolean;
  /** A token a site is written with: `.on`, `.emit`, `.send`, `onmessage`. */
  siteShaped: boolean;
  /** Strings that can be relative module specifiers (`./socket`, `../lib/events.js`). */
  specifiers: string[];
  /** Has `import`/`export` declarations: its top-level names are its own, not globals. */
  isModule: boolean;
  /** Identifiers declared at the top level (`var`, `let`, `const`, `function`, `class`). */
  topLevelNames: number[];
  /** `window.x = ...`, `globalThis.x = ...`: globals set from anywhere. */
  assignedGlobals: number[];
  /** Every identifier read other than as a property (`x.name`), once each. */
  freeIdentifiers: number[];
}

/** The lengths of socket packages and site methods: a string of another length is neither. */
const STRING_WORD_LENGTHS = new Set([...JAVASCRIPT_SOCKET_MODULES, ...JAVASCRIPT_SITE_METHODS].map((word) => word.length));

/** Stands for a string as the previous token, so that a string `"."` is never taken for a member dot. */
const STRING_MARK = '\0string';
const OPEN_PAREN = 40;
const DOT = 46;
const SLASH = 47;
const EQUALS = 61;
const GREATER = 62;

function codeAfterSpace(text: string, from: number): { code: number; index: number } {
  let index = from;
  for (let code = text.charCodeAt(index); code === 32 || code === 9 || code === 10 || code === 13; code = text.charCodeAt(index)) index += 1;
  return { code: text.charCodeAt(index), index };
}

/** `=` but not `==`, `===` or `=>`. */
function isAssignmentAt(text: string, from: number): boolean {
  const { code, index } = codeAfterSpace(text, from);
  const after = text.charCodeAt(index + 1);
  return code === EQUALS && after !== EQUALS && after !== GREATER;
}

/** Collects the names a top-level `const`/`let`/`var` declares, destructuring patterns included. */
class DeclarationReader {
  private state: 'name' | 'pattern' | undefined;
  private nesting = 0;

  constructor(private readonly names: number[]) {}

  identifier(id: number, flags: number, depth: number): void {
    if (this.state !== undefined) this.names.push(id);
    if (this.state === 'name') this.state = undefined;
    if (depth === 0 && flags & DECLARATION) this.state = 'name';
  }

  punctuation(character: string): void {
    if (character === '{' || character === '[') {
      if (this.state === 'name') this.state = 'pattern';
      if (this.state === 'pattern') this.nesting += 1;
    } else if (this.state === 'pattern' && (character === '}' || character === ']')) {
      this.nesting -= 1;
      if (this.nesting === 0) this.state = undefined;
    } else if (this.state === 'name') {
      this.state = undefined;
    }
  }
}

/** Marks the identifiers of one file already listed, without a per-file set. */
class SeenIdentifiers {
  private readonly fileOf: number[] = [];
  private file = 0;

  next(): void {
    this.file += 1;
  }

  firstTime(id: number): boolean {
    if (this.fileOf[id] === this.file) return false;
    this.fileOf[id] = this.file;
    return true;
  }
}

/** One file's pass over its tokens: each token is judged with the one or two before it. */
class FileReading implements JavascriptTokenVisitor {
  readonly facts: JavascriptFacts = {
    origin: false, siteShaped: false, specifiers: [], isModule: false, topLevelNames: [], assignedGlobals: [], freeIdentifiers: [],
  };
  private readonly declarations = new DeclarationReader(this.facts.topLevelNames);
  private previous = '';
  private previousFlags = 0;
  private beforePreviousFlags = 0;

  constructor(
    private readonly text: string,
    private readonly identifiers: IdentifierTable,
    private readonly seen: SeenIdentifiers,
  ) {}

  /** The string whose content is `text[start..end)`; only strings that can matter are copied out. */
  string(start: number, end: number): void {
    const first = end > start ? this.text.charCodeAt(start) : NaN;
    if (first === DOT || first === SLASH) this.facts.specifiers.push(ownCopy(this.text.slice(start, end)));
    if (STRING_WORD_LENGTHS.has(end - start)) {
      const value = this.text.slice(start, end);
      if (JAVASCRIPT_SOCKET_MODULES.has(value)) this.facts.origin = true;
      if (this.previous === '[' && JAVASCRIPT_SITE_METHODS.has(value)) this.facts.siteShaped = true;
    }
    this.remember(STRING_MARK, 0);
  }

  punctuation(character: string): void {
    this.declarations.punctuation(character);
    this.remember(character, 0);
  }

  identifier(id: number, end: number, depth: number): void {
    const flags = this.identifiers.flags[id] ?? 0;
    const facts = this.facts;
    const isMember = this.previous === '.';
    if (!facts.origin) facts.origin = this.isOrigin(flags, isMember, end);
    if ((isMember && flags & SITE_METHOD) || flags & ENVELOPE_PROPERTY) facts.siteShaped = true;
    if (isMember && this.beforePreviousFlags & GLOBAL_OBJECT && isAssignmentAt(this.text, end)) facts.assignedGlobals.push(id);
    if (!isMember) this.readName(id, flags, end, depth);
    this.remember(this.identifiers.names[id] ?? '', flags);
  }

  /** An identifier that is not a property: maybe a global read, a declaration, `import` or `export`. */
  private readName(id: number, flags: number, end: number, depth: number): void {
    if (this.seen.firstTime(id)) this.facts.freeIdentifiers.push(id);
    this.declarations.identifier(id, flags, depth);
    if (depth !== 0) return;
    const isExport = this.identifiers.names[id] === 'export';
    if (flags & MODULE_KEYWORD && (isExport || !isExpressionImport(this.text, end))) this.facts.isModule = true;
    const afterFunctionOrClass = (this.previousFlags & NAMED_DECLARATION) !== 0;
    const afterGeneratorStar = this.previous === '*' && (this.beforePreviousFlags & NAMED_DECLARATION) !== 0;
    if (afterFunctionOrClass || afterGeneratorStar) this.facts.topLevelNames.push(id);
  }

  private isOrigin(flags: number, isMember: boolean, end: number): boolean {
    if (flags & (SOCKET_NAME | FACTORY)) return true;
    if (flags & SOCKET_CONSTRUCTOR && this.previousFlags & NEW_KEYWORD) return true;
    if (isMember || (flags & MANAGER_METHOD) === 0) return false;
    // A definition (`on(event, fn) {`, `emit = ...`), not a call on something else (`x.on(...)`).
    return codeAfterSpace(this.text, end).code === OPEN_PAREN || isAssignmentAt(this.text, end);
  }

  private remember(token: string, flags: number): void {
    this.beforePreviousFlags = this.previousFlags;
    this.previous = token;
    this.previousFlags = flags;
  }
}

/** Reads JavaScript-family files token by token, keeping what the prefilter decides with. */
export class JavascriptFactReader {
  private readonly seen = new SeenIdentifiers();

  constructor(private readonly identifiers: IdentifierTable) {}

  read(text: string): JavascriptFacts {
    this.seen.next();
    const reading = new FileReading(text, this.identifiers, this.seen);
    forEachJavascriptToken(text, this.identifiers, reading);
    return reading.facts;
  }
}

/** `import(` and `import.meta` are expressions, not declarations. */
function isExpressionImport(text: string, end: number): boolean {
  const { code } = codeAfterSpace(text, end);
  return code === OPEN_PAREN || code === DOT;
}
