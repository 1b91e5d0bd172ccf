import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageInfo } from '../package-info.js';
import { sha256 } from './sha256.js';

const require = createRequire(import.meta.url);

/** The parsers' code: a new parser version can parse the same file differently. */
const PARSER_FILES = ['@babel/parser', 'web-tree-sitter', 'tree-sitter-python/tree-sitter-python.wasm'];

let fingerprint: Promise<string> | undefined;

/**
 * Names the code that produced an entry: ws-gap's version, every file of its own code (`dist/`, or
 * `src/` when run from source) and the parsers. The version alone would not do: it does not change
 * while the code is being worked on, and a stale entry would then give an old answer.
 */
export function toolFingerprint(): Promise<string> {
  fingerprint ??= computeToolFingerprint();
  return fingerprint;
}

async function computeToolFingerprint(): Promise<string> {
  const codeFolder = fileURLToPath(new URL('..', import.meta.url));
  const files = [...(await filesUnder(codeFolder)), ...PARSER_FILES.map((name) => require.resolve(name))];
  const hashes = await Promise.all(files.map(async (file) => `${path.relative(codeFolder, file)} ${sha256(await fs.readFile(file))}`));
  return sha256(JSON.stringify([packageInfo().version, ...hashes]));
}

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await fs.readdir(folder, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const entryPath = path.join(folder, entry.name);
      if (entry.isDirectory()) return filesUnder(entryPath);
      return entry.isFile() ? [entryPath] : [];
    }),
  );
  return nested.flat().sort();
}
