import { describe, expect, it } from 'vitest';
import { IdentifierTable } from '../../../src/discover/prefilter/identifier-table.js';
import { pythonFacts } from '../../../src/discover/prefilter/python-facts.js';
import { pythonIdentifierFlags } from '../../../src/discover/prefilter/python-identifiers.js';
import { forEachPythonLine } from '../../../src/discover/prefilter/python-tokens.js';

describe('forEachPythonLine', () => {
  it('joins bracketed and backslashed lines, and skips strings and comments', () => {
    const lines: string[] = [];
    const text = 'x = f(a,\n      b)  # send\ny = """\nsend_json\n""" + \\\n  z\nif q:\n    w = rb"emit"\n';
    forEachPythonLine(text, new IdentifierTable(pythonIdentifierFlags), (line) => lines.push(`${line.indent}: ${Array.from({ length: line.length }, (_, index) => line.value(index)).join(' ')}`));
    expect(lines).toEqual(['0: x = f ( a , b )', '0: y = + z', '0: if q :', '4: w =']);
  });
});

describe('pythonFacts', () => {
  it('lists the modules import statements may load', () => {
    const facts = pythonFacts('import a.b as c, d\nfrom ..pkg.mod import (x,\n  y as z)\nfrom . import events\nfrom .m import *\n');
    expect(facts.imports).toEqual([
      { level: 0, parts: ['a'] },
      { level: 0, parts: ['a', 'b'] },
      { level: 0, parts: ['d'] },
      { level: 2, parts: ['pkg', 'mod'] },
      { level: 2, parts: ['pkg', 'mod', 'x'] },
      { level: 2, parts: ['pkg', 'mod', 'y'] },
      { level: 1, parts: [] },
      { level: 1, parts: ['events'] },
      { level: 1, parts: ['m'] },
    ]);
  });

  it('tells methods from functions, and lists the methods called on objects', () => {
    const facts = pythonFacts('class A:\n    @property\n    def one(self):\n        def inner():\n            pass\n        return self.two(1)\n    async def two(self, x):\n        pass\n\ndef three():\n    obj.four()\n    obj.attr\n');
    expect(facts.methodNames).toEqual(['one', 'two']);
    expect(facts.calledMethods).toEqual(['two', 'four']);
  });

  it('finds origins: socket libraries, calls that are sites on any receiver, receive loops over a name', () => {
    expect(pythonFacts('import socketio\n').origin).toBe(true);
    expect(pythonFacts('from channels.layers import get_channel_layer\n').origin).toBe(true);
    expect(pythonFacts('await manager.broadcast_json(msg)\n').origin).toBe(true);
    expect(pythonFacts('async for message in websocket:\n    pass\n').origin).toBe(true);
    expect(pythonFacts('async for chunk in response.aiter_bytes():\n    pass\n').origin).toBe(false);
    expect(pythonFacts('schema = {"type": "object", "send": 1}\n').origin).toBe(false);
  });

  it('finds the tokens sites are written with, including class-based handler methods', () => {
    expect(pythonFacts('@sio.event\nasync def join(sid):\n    pass\n').siteShaped).toBe(true);
    expect(pythonFacts('class Chat(Namespace):\n    def on_join(self, data):\n        pass\n').siteShaped).toBe(true);
    expect(pythonFacts('def total(rows):\n    return sum(rows)\n').siteShaped).toBe(false);
  });
});
