import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isIgnored, parseGitignore, rulesAbove } from '../../src/discover/gitignore.js';
import { makeTempTree } from '../helpers/temp-tree.js';

const BASE = '/repo';
const ignored = (text: string, file: string, isDirectory = false) =>
  isIgnored(parseGitignore(text, BASE), path.join(BASE, file), isDirectory);

describe('.gitignore rules', () => {
  it('matches a name without a slash at any depth', () => {
    expect(ignored('*.log\ncoverage', 'debug.log')).toBe(true);
    expect(ignored('*.log\ncoverage', 'a/b/debug.log')).toBe(true);
    expect(ignored('*.log\ncoverage', 'pkg/coverage', true)).toBe(true);
    expect(ignored('*.log\ncoverage', 'pkg/coverage.ts')).toBe(false);
  });

  it('anchors a pattern with a slash to the folder of the .gitignore', () => {
    expect(ignored('/build\nsrc/generated', 'build', true)).toBe(true);
    expect(ignored('/build\nsrc/generated', 'app/build', true)).toBe(false);
    expect(ignored('/build\nsrc/generated', 'src/generated/api.ts')).toBe(true);
    expect(ignored('/build\nsrc/generated', 'lib/src/generated/api.ts')).toBe(false);
  });

  it('applies a trailing slash to folders only', () => {
    expect(ignored('out/', 'out', true)).toBe(true);
    expect(ignored('out/', 'out', false)).toBe(false);
  });

  it('lets a later ! rule re-include, and ignores comments and blank lines', () => {
    const text = '# generated code\n\n*.gen.ts\n!keep.gen.ts\n';
    expect(ignored(text, 'a.gen.ts')).toBe(true);
    expect(ignored(text, 'src/keep.gen.ts')).toBe(false);
    expect(parseGitignore(text, BASE)).toHaveLength(2);
  });

  it('understands **/ and /** and escaped leading characters', () => {
    expect(ignored('**/fixtures/*.py', 'a/b/fixtures/x.py')).toBe(true);
    expect(ignored('docs/**', 'docs/a/b.md')).toBe(true);
    expect(ignored('\\#notes.py', '#notes.py')).toBe(true);
  });

  it('reads the .gitignore files above a root up to the top of its git repository', () => {
    const top = makeTempTree({ '.gitignore': 'secret/\n', 'packages/web/src/a.ts': '', 'packages/.gitignore': '*.gen.ts\n' });
    fs.mkdirSync(path.join(top, '.git'));
    const rules = rulesAbove(path.join(top, 'packages/web'));
    expect(isIgnored(rules, path.join(top, 'packages/web/secret'), true)).toBe(true);
    expect(isIgnored(rules, path.join(top, 'packages/web/src/x.gen.ts'), false)).toBe(true);
    expect(isIgnored(rules, path.join(top, 'packages/web/src/a.ts'), false)).toBe(false);
  });

  it('reads none above a root outside any git repository', () => {
    const top = makeTempTree({ '.gitignore': '*.ts\n', 'web/a.ts': '' });
    expect(rulesAbove(path.join(top, 'web'))).toEqual([]);
  });
});
