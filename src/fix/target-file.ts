import fs from 'node:fs';
import path from 'node:path';

import { decodeSource } from '../discover/read-source.js';
import { fileKindOf } from '../discover/file-kinds.js';
import { embeddedScripts } from '../extract/embedded/index.js';
import { parseJavascript } from '../extract/javascript/parse.js';
import { ParsedFile } from '../extract/javascript/parsed-file.js';
import type { SourceFile } from '../model/source-file.js';
import { textLayout, type TextLayout } from './text-layout.js';

/** A frontend file a handler stub goes into, read and parsed. */
export interface TargetFile {
  /** Decoded text without a byte-order mark: every script's offsets index into it. */
  text: string;
  byteOrderMark: boolean;
  layout: TextLayout;
  /** The file's JavaScript: the file itself, or each `<script>` block of an `.html`/`.vue`/`.svelte` file. */
  scripts: ParsedFile[];
}

export type LoadedTarget = { ok: true; file: TargetFile } | { ok: false; reason: string };

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Never throws: a file that cannot be read, decoded or parsed comes back with the reason. */
export function loadTargetFile(file: string, cwd: string): LoadedTarget {
  const absolutePath = path.resolve(cwd, file);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(absolutePath);
  } catch (error) {
    return { ok: false, reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})` };
  }
  const byteOrderMark = bytes.subarray(0, 3).equals(UTF8_BOM);
  const decoded = decodeSource(bytes);
  if (!decoded.ok) return decoded;
  // Writing back must give the same bytes around the stubs: only UTF-8 round-trips that way.
  if (!Buffer.from(decoded.text).equals(byteOrderMark ? bytes.subarray(3) : bytes)) {
    return { ok: false, reason: 'is not UTF-8 text' };
  }
  const kind = fileKindOf(absolutePath);
  if (kind?.language !== 'javascript') return { ok: false, reason: 'is not a JavaScript file' };
  const host: SourceFile = { path: file, absolutePath, side: 'frontend', language: kind.language, text: decoded.text };
  const parsed = parseScripts(kind.embedded ? embeddedScripts(host) : [host]);
  if (!parsed.ok) return parsed;
  return { ok: true, file: { text: decoded.text, byteOrderMark, layout: textLayout(decoded.text), scripts: parsed.scripts } };
}

/** Every script parsed; a host file's script block that does not parse is left out, as the scan leaves it. */
function parseScripts(sources: readonly SourceFile[]): { ok: true; scripts: ParsedFile[] } | { ok: false; reason: string } {
  const scripts: ParsedFile[] = [];
  for (const source of sources) {
    const outcome = parseJavascript(source);
    if (outcome.ok) scripts.push(new ParsedFile(source, outcome.ast, outcome.text));
    else if (source.embeddedIn === undefined) return { ok: false, reason: `cannot be parsed: ${outcome.reason}` };
  }
  return { ok: true, scripts };
}
