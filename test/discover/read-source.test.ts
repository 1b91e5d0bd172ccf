import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeSource, readSource } from '../../src/discover/read-source.js';
import { makeTempTree } from '../helpers/temp-tree.js';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeSource', () => {
  it('decodes UTF-8 and drops a byte-order mark', () => {
    expect(decodeSource(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('x = 1\r\n')]))).toEqual({ ok: true, text: 'x = 1\r\n' });
  });

  it('decodes UTF-16 with a byte-order mark, both byte orders', () => {
    expect(decodeSource(bytes(0xff, 0xfe, 0x61, 0x00, 0x0a, 0x00))).toEqual({ ok: true, text: 'a\n' });
    expect(decodeSource(bytes(0xfe, 0xff, 0x00, 0x61, 0x00, 0x0a))).toEqual({ ok: true, text: 'a\n' });
  });

  it('refuses binary files and invalid UTF-8 with a reason', () => {
    expect(decodeSource(bytes(0x61, 0x00, 0x62))).toEqual({ ok: false, reason: 'binary file (contains NUL bytes)' });
    expect(decodeSource(bytes(0x61, 0xc3, 0x28))).toEqual({ ok: false, reason: 'not valid UTF-8 text' });
  });
});

describe('readSource', () => {
  it('turns a read error into a reason', async () => {
    expect(readSource('/no/such/file.py')).toEqual({ ok: false, reason: 'cannot be read (ENOENT)' });
  });

  it('refuses a named pipe at once instead of waiting for a writer', () => {
    const pipe = path.join(makeTempTree({}), 'events.py');
    execFileSync('mkfifo', [pipe]);
    expect(readSource(pipe)).toEqual({ ok: false, reason: 'cannot be read (not a regular file)' });
  });
});

describe('readSource with a size limit', () => {
  it('refuses a file larger than the limit before reading it, and reads one at the limit', async () => {
    const root = makeTempTree({ 'big.py': 'x'.repeat(2048), 'fits.py': 'y'.repeat(1024) });
    expect(readSource(path.join(root, 'big.py'), 1024)).toEqual({ ok: false, reason: 'larger than the size limit (2 kB > 1 kB)' });
    expect(readSource(path.join(root, 'fits.py'), 1024)).toEqual({ ok: true, text: 'y'.repeat(1024) });
  });
});

describe('line ends', () => {
  it('keeps \\n and \\r\\n, and turns a lone \\r into \\n without moving any offset', () => {
    expect(decodeSource(utf8('a\r\nb\rc\n'))).toEqual({ ok: true, text: 'a\r\nb\nc\n' });
  });
});
