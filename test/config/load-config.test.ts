import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { makeTempTree } from '../helpers/temp-tree.js';

describe('loadConfig', () => {
  it('returns an empty config when there is no file', () => {
    const cwd = makeTempTree({});
    expect(loadConfig(undefined, cwd)).toEqual({ config: {}, baseDir: cwd });
  });

  it('finds the config in a parent folder and resolves paths from there', () => {
    const root = makeTempTree({ '.ws-gaprc.json': '{"backend": ["api"]}', 'packages/web/src/.keep': '' });
    const loaded = loadConfig(undefined, path.join(root, 'packages/web/src'));
    expect(loaded.config).toEqual({ backend: ['api'] });
    expect(loaded.baseDir).toBe(root);
    expect(loaded.file).toBe(path.join(root, '.ws-gaprc.json'));
  });

  it('reads the "wsGap" key of a package.json, and skips a package.json without it', () => {
    const root = makeTempTree({
      'package.json': JSON.stringify({ name: 'app', wsGap: { frontend: ['web'] } }),
      'sub/package.json': JSON.stringify({ name: 'sub' }),
    });
    expect(loadConfig(undefined, path.join(root, 'sub')).config).toEqual({ frontend: ['web'] });
  });

  it('prefers ws-gap.config.json over .ws-gaprc.json in the same folder', () => {
    const root = makeTempTree({ 'ws-gap.config.json': '{"includeTests": true}', '.ws-gaprc.json': '{"includeTests": false}' });
    expect(loadConfig(undefined, root).config).toEqual({ includeTests: true });
  });

  it('reads ws-gap.config.json from the folder, categories in file order', () => {
    const cwd = makeTempTree({
      'ws-gap.config.json': JSON.stringify({ $schema: './schema.json', categories: { Pipeline: ['pipeline_*'], Data: ['job_*', 'upload_*'] }, includeTests: true }),
    });
    expect(loadConfig(undefined, cwd).config).toEqual({
      includeTests: true,
      categories: [
        { category: 'Pipeline', patterns: ['pipeline_*'] },
        { category: 'Data', patterns: ['job_*', 'upload_*'] },
      ],
    });
  });

  it('names the file, line and column of a JSON syntax error', () => {
    const cwd = makeTempTree({ 'ws.json': '{\n  "backend": ["a"],\n  oops\n}' });
    expect(() => loadConfig('ws.json', cwd)).toThrow(/^config ws\.json:3:3 is not valid JSON/);
  });

  it('names an unknown key and the closest known one', () => {
    const cwd = makeTempTree({ 'ws-gap.config.json': '{"categoies": {}}' });
    expect(() => loadConfig(undefined, cwd)).toThrow('config ws-gap.config.json: unknown key "categoies" (did you mean "categories"?)');
  });

  it('names a key whose value has the wrong type', () => {
    const cwd = makeTempTree({ 'ws-gap.config.json': '{"categories": {"A": "a_*"}}' });
    expect(() => loadConfig(undefined, cwd)).toThrow('config ws-gap.config.json: "categories.A" must be a list of strings');
  });

  it('refuses a --config file that does not exist', () => {
    expect(() => loadConfig('missing.json', makeTempTree({}))).toThrow(/^config .*missing\.json does not exist$/);
  });
});
