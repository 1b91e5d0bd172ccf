import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyFixes, type FileFix } from '../../src/fix/index.js';
import { makeTempTree } from '../helpers/temp-tree.js';

function fix(file: string, before: string, after: string, byteOrderMark = false): FileFix {
  return { file, before, after, byteOrderMark, events: ['b'] };
}

describe('applyFixes', () => {
  it('writes each planned file, keeping its byte-order mark and mode, and leaves no temporary file behind', () => {
    const root = makeTempTree({ 'static/a.js': 'a();\n', 'static/b.js': '\uFEFFb();\n' });
    fs.chmodSync(path.join(root, 'static/a.js'), 0o640);
    const applied = applyFixes(
      { fixes: [fix('static/a.js', 'a();\n', 'a();\nnew();\n'), fix('static/b.js', 'b();\n', 'b();\nnew();\n', true)], notes: [] },
      root,
    );
    expect(applied).toEqual({
      written: [
        { file: 'static/a.js', events: ['b'] },
        { file: 'static/b.js', events: ['b'] },
      ],
      failed: [],
    });
    expect(fs.readFileSync(path.join(root, 'static/a.js'), 'utf8')).toBe('a();\nnew();\n');
    expect(fs.readFileSync(path.join(root, 'static/b.js'), 'utf8')).toBe('\uFEFFb();\nnew();\n');
    expect(fs.statSync(path.join(root, 'static/a.js')).mode & 0o777).toBe(0o640);
    expect(fs.readdirSync(path.join(root, 'static')).sort()).toEqual(['a.js', 'b.js']);
  });

  it('leaves a file that changed since the plan, or is gone, and still writes the others', () => {
    const root = makeTempTree({ 'a.js': 'edited();\n', 'c.js': 'c();\n' });
    const applied = applyFixes(
      {
        fixes: [fix('a.js', 'a();\n', 'a();\nnew();\n'), fix('b.js', 'b();\n', 'b();\nnew();\n'), fix('c.js', 'c();\n', 'c();\nnew();\n')],
        notes: [],
      },
      root,
    );
    expect(applied).toEqual({
      written: [{ file: 'c.js', events: ['b'] }],
      failed: [
        { file: 'a.js', reason: 'changed since the fixes were planned' },
        { file: 'b.js', reason: 'cannot be written (ENOENT)' },
      ],
    });
    expect(fs.readFileSync(path.join(root, 'a.js'), 'utf8')).toBe('edited();\n');
    expect(fs.readFileSync(path.join(root, 'c.js'), 'utf8')).toBe('c();\nnew();\n');
  });
});
