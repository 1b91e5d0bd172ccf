import { describe, expect, it } from 'vitest';
import { JavascriptFactReader } from '../../../src/discover/prefilter/javascript-facts.js';
import { IdentifierTable } from '../../../src/discover/prefilter/identifier-table.js';
import { javascriptIdentifierFlags } from '../../../src/discover/prefilter/javascript-identifiers.js';
import { forEachJavascriptToken } from '../../../src/discover/prefilter/javascript-tokens.js';

function read(text: string) {
  const table = new IdentifierTable(javascriptIdentifierFlags);
  const facts = new JavascriptFactReader(table).read(text);
  const names = (ids: number[]) => ids.map((id) => table.names[id]);
  return { ...facts, topLevelNames: names(facts.topLevelNames), assignedGlobals: names(facts.assignedGlobals), freeIdentifiers: names(facts.freeIdentifiers) };
}

function identifiers(text: string): string[] {
  const table = new IdentifierTable(javascriptIdentifierFlags);
  const found: string[] = [];
  forEachJavascriptToken(text, table, { identifier: (id) => found.push(table.names[id] ?? ''), string: () => {}, punctuation: () => {} });
  return found;
}

describe('forEachJavascriptToken', () => {
  it('skips comments, strings, regular expressions and template text, but reads template expressions', () => {
    const text = "a // socket\n/* ws */ b = 'emit' + /on[(']x/g.test(c) + `text ${d} more ${`${e}`}` / f;";
    expect(identifiers(text)).toEqual(['a', 'b', 'test', 'c', 'd', 'e', 'f']);
  });

  it('never fails on text that is not code: a stray quote ends its string at the end of the line', () => {
    expect(identifiers('<p>Don\'t {{ x }}\nnext `a ${ /[ \u0000 \uffff')).toEqual(['p', 'Don', 'next']);
  });
});

describe('JavascriptFactReader', () => {
  it('finds origins: socket-like names, factories, socket packages, socket-like constructors and manager methods', () => {
    expect(read('const wsManager = create();').origin).toBe(true);
    expect(read('const s = io("/x");').origin).toBe(true);
    expect(read("import x from 'socket.io-client';").origin).toBe(true);
    expect(read('const c = new ChatClient();').origin).toBe(true);
    expect(read('class Bus { on(name, fn) {} }').origin).toBe(true);
    expect(read('bus.on("x", fn); bus.emit("y");').origin).toBe(false);
    expect(read('const el = document.querySelector("x"); el.addEventListener("click", f);').origin).toBe(false);
  });

  it('finds the tokens sites are written with: socket methods as members, onmessage, computed method names', () => {
    expect(read('x.emit("a")').siteShaped).toBe(true);
    expect(read('x?.on("a", f)').siteShaped).toBe(true);
    expect(read('x.onmessage = f').siteShaped).toBe(true);
    expect(read('x["send"](data)').siteShaped).toBe(true);
    expect(read('function emit() {} emit("a")').siteShaped).toBe(false);
  });

  it('keeps the strings that can be relative module specifiers', () => {
    expect(read("import a from './a'; const b = require('../lib/b.js'); import('/abs'); import c from 'pkg';").specifiers).toEqual([
      './a',
      '../lib/b.js',
      '/abs',
    ]);
  });

  it('tells modules from classic scripts and lists the top-level names of either', () => {
    const script = read('var socket = io();\nfunction onEvent(x) { var inner = 1; }\nconst { a, b: [c] } = obj;\nclass Feed {}\nfunction* gen() {}\nlet d;');
    expect(script.isModule).toBe(false);
    expect(script.topLevelNames).toEqual(['socket', 'onEvent', 'a', 'b', 'c', 'Feed', 'gen', 'd']);
    expect(read('export const x = 1;').isModule).toBe(true);
    expect(read("import { x } from './x';").isModule).toBe(true);
    expect(read("const m = import('./x'); import.meta.url;").isModule).toBe(false);
  });

  it('lists globals set through window, globalThis or self, and the identifiers read other than as properties', () => {
    const facts = read('window.EVENTS = {}; globalThis.bus = x; self.y == 2; obj.prop = 3; send(EVENTS.DONE);');
    expect(facts.assignedGlobals).toEqual(['EVENTS', 'bus']);
    expect(facts.freeIdentifiers).toEqual(['window', 'globalThis', 'x', 'self', 'obj', 'send', 'EVENTS']);
  });
});
