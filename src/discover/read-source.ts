import fs from 'node:fs';
import { formatFileSize } from './file-size.js';

export type ReadOutcome = { ok: true; text: string } | { ok: false; reason: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * Reads a source file as text. UTF-8 (with or without BOM) and UTF-16 with a BOM are decoded;
 * binary files and invalid UTF-8 are refused with a reason instead of being guessed at, and so is
 * a file larger than `maxFileSize` bytes (checked before it is read). A lone `\r` (old Mac line
 * ends) becomes `\n`: every supported language ends a line there, but tree-sitter counts rows by
 * `\n` only. The text keeps its length, so offsets and columns do not move.
 */
export function readSource(absolutePath: string, maxFileSize = Number.POSITIVE_INFINITY): ReadOutcome {
  const outcome = withFileBytes(absolutePath, maxFileSize, decodeSource);
  if (outcome.kind === 'read') return outcome.value;
  if (outcome.kind === 'too large') {
    return { ok: false, reason: `larger than the size limit (${formatFileSize(outcome.size)} > ${formatFileSize(maxFileSize)})` };
  }
  return { ok: false, reason: `cannot be read (${outcome.code})` };
}

export type BytesOutcome<T> = { kind: 'read'; value: T } | { kind: 'too large'; size: number } | { kind: 'error'; code: string };

/**
 * Opens a file and hands its bytes to `use`, unless it is larger than `maxFileSize` (checked
 * before it is read). The bytes live in a buffer shared by every read: `use` must be done with
 * them when it returns.
 */
export function withFileBytes<T>(absolutePath: string, maxFileSize: number, use: (bytes: Uint8Array) => T): BytesOutcome<T> {
  let descriptor: number | undefined;
  try {
    // Blocking calls: a source file is small and in the OS cache, and the thread-pool round trips
    // of opening, stat-ing, reading and closing it asynchronously cost more than the reads.
    // Non-blocking, so that a named pipe put where a file was found cannot hang the scan.
    descriptor = fs.openSync(absolutePath, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
    const stats = fs.fstatSync(descriptor);
    if (!stats.isFile()) return { kind: 'error', code: 'not a regular file' };
    const { size } = stats;
    if (size > maxFileSize) return { kind: 'too large', size };
    return { kind: 'read', value: use(readAll(descriptor, size)) };
  } catch (error) {
    return { kind: 'error', code: (error as NodeJS.ErrnoException).code ?? 'unknown error' };
  } finally {
    if (descriptor !== undefined) fs.closeSync(descriptor);
  }
}

/**
 * The bytes are read into one buffer kept for every file (they are decoded into a string before
 * anything else runs), so that reading a tree does not allocate its size in buffers.
 */
let scratch = Buffer.allocUnsafe(1 << 16);

/** The file's bytes up to its end, which may have moved since `size` was taken. */
function readAll(descriptor: number, size: number): Uint8Array {
  if (scratch.length < size + 1) scratch = Buffer.allocUnsafe(Math.max(size + 1, scratch.length * 2));
  let length = 0;
  for (;;) {
    if (length === scratch.length) scratch = Buffer.concat([scratch, Buffer.allocUnsafe(scratch.length)]);
    const count = fs.readSync(descriptor, scratch, length, scratch.length - length, null);
    if (count === 0) return scratch.subarray(0, length);
    length += count;
  }
}

export function decodeSource(bytes: Uint8Array): ReadOutcome {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode(bytes.subarray(2), 'utf-16be');
  if (bytes.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes)' };
  const hasBom = UTF8_BOM.every((byte, index) => bytes[index] === byte);
  return decode(hasBom ? bytes.subarray(3) : bytes, 'utf-8');
}

function decode(bytes: Uint8Array, encoding: 'utf-8' | 'utf-16le' | 'utf-16be'): ReadOutcome {
  try {
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
    return { ok: true, text: text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text };
  } catch {
    return { ok: false, reason: `not valid ${encoding.toUpperCase()} text` };
  }
}
