import { describe, expect, it } from 'vitest';
import { extractSites } from '../../src/extract/index.js';
import { expectAnalysedOrSkipped, sourcesOf } from './front-end-helpers.js';

const siteLocations = async (fileName: string, text: string) =>
  (await extractSites(sourcesOf(fileName, text))).sites.map((site) => `${site.name}@${site.line}:${site.column}`);

describe('very deep nesting', () => {
  it('Python: 5,000 nested parentheses, then a send on the next line', { timeout: 60_000 }, async () => {
    const text = `x = ${'('.repeat(5000)}1${')'.repeat(5000)}\n\nasync def f(ws):\n    await ws.send_json({"type": "after"})\n`;
    expect(await siteLocations('deep.py', text)).toEqual(['after@4:33']);
  });

  it('Python: 400 nested functions', { timeout: 60_000 }, async () => {
    const text = Array.from({ length: 400 }, (_, depth) => `${' '.repeat(depth)}def f${depth}():`).join('\n') + `\n${' '.repeat(400)}pass\n`;
    await expectAnalysedOrSkipped('nested.py', text);
  });

  it.each([
    ['arrays', `const x = ${'['.repeat(5000)}${']'.repeat(5000)};`],
    ['calls', `${'f('.repeat(3000)}${')'.repeat(3000)};`],
    ['objects', `const o = ${'{a:'.repeat(3000)}1${'}'.repeat(3000)};`],
    ['a 20,000-term sum', `const y = ${Array.from({ length: 20_000 }, () => 'a').join(' + ')};`],
  ])('JavaScript: %s', { timeout: 60_000 }, async (_, nested) => {
    await expectAnalysedOrSkipped('deep.js', `${nested}\nsocket.emit('after', {});\n`);
  });
});

describe('a 100,000-line file', () => {
  it('is analysed, with sites at their exact lines', { timeout: 120_000 }, async () => {
    const lines = Array.from({ length: 100_000 }, (_, index) => `total${index % 7} += ${index};`);
    lines[0] = "const socket = io('/live');";
    lines[49_999] = "socket.emit('middle', {});";
    lines[99_999] = "socket.on('last', () => {});";
    expect(await siteLocations('huge.js', `${lines.join('\n')}\n`)).toEqual(['middle@50000:13', 'last@100000:11']);
  });
});

describe('very long lines', () => {
  it('JavaScript: sites 200,000 columns in keep their exact column', { timeout: 60_000 }, async () => {
    const text = `const socket = io(); socket.emit('first', {});${' '.repeat(200_000)}socket.emit('far', {});\n`;
    expect(await siteLocations('long.js', text)).toEqual(['first@1:34', 'far@1:200059']);
  });

  it('Python: a 200,000-character string does not hide the send after it', { timeout: 60_000 }, async () => {
    const text = `blob = "${'x'.repeat(200_000)}"\n\nasync def f(ws):\n    await ws.send_json({"type": "after_blob"})\n`;
    expect(await siteLocations('long.py', text)).toEqual(['after_blob@4:33']);
  });
});
