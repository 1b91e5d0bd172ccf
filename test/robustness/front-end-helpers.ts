import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { expect } from 'vitest';
import { decodeSource } from '../../src/discover/read-source.js';
import { fileKindOf } from '../../src/discover/file-kinds.js';
import { embeddedScripts } from '../../src/extract/embedded/index.js';
import { extractSites } from '../../src/extract/index.js';
import type { SourceFile } from '../../src/model/source-file.js';
import { REPO_ROOT } from '../helpers/run-cli.js';

/** Property runs per property: enough to shake out crashes, few enough to keep `npm test` short. */
export const RUNS = 100;

/** Every fixture file with one of `extensions`, as seeds for mutations: real code of every stack. */
export function fixtureTexts(extensions: readonly string[]): string[] {
  const found: string[] = [];
  const visit = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (extensions.includes(path.extname(entry.name))) found.push(fs.readFileSync(full, 'utf8'));
    }
  };
  visit(path.join(REPO_ROOT, 'fixtures'));
  return found;
}

/** The source files a file of this name and text becomes (script blocks for `.html`/`.vue`/`.svelte`). */
export function sourcesOf(fileName: string, text: string): SourceFile[] {
  const kind = fileKindOf(fileName);
  if (!kind) throw new Error(`not a scanned file type: ${fileName}`);
  const source: SourceFile = { path: fileName, absolutePath: `/robustness/${fileName}`, side: 'backend', language: kind.language, text };
  return kind.embedded ? embeddedScripts(source) : [source];
}

/**
 * Runs the extractors on one file's text (as the reader decodes it) and checks the outcome is well
 * formed: the file is analysed (sites inside it, at lines and columns that exist; Babel also ends
 * lines at U+2028/U+2029) or listed as skipped with a reason.
 */
export async function expectAnalysedOrSkipped(fileName: string, text: string): Promise<void> {
  const result = await extractSites(sourcesOf(fileName, text));
  const lineCount = text.split(/\r\n|\n|\u2028|\u2029/).length;
  const longestLine = Math.max(...text.split('\n').map((line) => line.length));
  for (const site of result.sites) {
    expect(site.file).toBe(fileName);
    expect(site.line).toBeGreaterThanOrEqual(1);
    expect(site.line).toBeLessThanOrEqual(lineCount);
    expect(site.column).toBeGreaterThanOrEqual(1);
    expect(site.column).toBeLessThanOrEqual(longestLine + 1);
  }
  for (const skipped of result.skipped) {
    expect(skipped.file).toBe(fileName);
    expect(skipped.reason.length).toBeGreaterThan(0);
  }
}

/** Bytes as the file reader would decode them; undecodable bytes are a skipped file, which is fine. */
export async function expectBytesAnalysedOrSkipped(fileName: string, bytes: Uint8Array): Promise<void> {
  const decoded = decodeSource(bytes);
  if (decoded.ok) await expectAnalysedOrSkipped(fileName, decoded.text);
  else expect(decoded.reason.length).toBeGreaterThan(0);
}

const BRACKETS = new Set(['(', ')', '[', ']', '{', '}', '<', '>', ':', '"', "'", '`']);

/** A text as the file reader would hand it over: written as UTF-8, read back and decoded. */
export async function expectTextAnalysedOrSkipped(fileName: string, text: string): Promise<void> {
  await expectBytesAnalysedOrSkipped(fileName, new TextEncoder().encode(text));
}

/** A seed text changed the ways broken code is broken: cut short, brackets deleted, junk inserted, parts repeated. */
export function mutatedText(seeds: readonly string[]): fc.Arbitrary<string> {
  const seed = fc.constantFrom(...seeds);
  const truncated = fc.tuple(seed, fc.double({ min: 0, max: 1, noNaN: true })).map(([text, at]) => text.slice(0, Math.floor(text.length * at)));
  const withoutBrackets = fc.tuple(seed, fc.integer({ min: 1, max: 2 ** 31 - 1 })).map(([text, salt]) =>
    [...text].filter((character, index) => !BRACKETS.has(character) || (index * 2654435761 + salt) % 3 !== 0).join(''),
  );
  const junk = fc.string({ unit: 'binary', maxLength: 40 });
  const withJunk = fc.tuple(seed, fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), junk), { maxLength: 6 })).map(([text, insertions]) =>
    insertions.reduce((current, [at, inserted]) => {
      const index = Math.floor(current.length * at);
      return current.slice(0, index) + inserted + current.slice(index);
    }, text),
  );
  const repeated = fc.tuple(seed, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })).map(([text, a, b]) => {
    const [from, to] = [Math.floor(text.length * Math.min(a, b)), Math.floor(text.length * Math.max(a, b))];
    return text.slice(0, to) + text.slice(from);
  });
  return fc.oneof(truncated, withoutBrackets, withJunk, repeated);
}

/** Random sequences of a language's own tokens: text that looks like code without being any. */
export function tokenSoup(tokens: readonly string[]): fc.Arbitrary<string> {
  const separator = fc.constantFrom(' ', '', '\n', '\n    ', '\t', '\r\n');
  return fc.array(fc.tuple(fc.constantFrom(...tokens), separator), { maxLength: 200 }).map((parts) => parts.map(([token, space]) => token + space).join(''));
}
