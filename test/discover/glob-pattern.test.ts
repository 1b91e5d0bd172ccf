import { describe, expect, it } from 'vitest';
import { createGlobMatcher } from '../../src/discover/glob-pattern.js';

describe('createGlobMatcher', () => {
  it('lets ** cross folders and * stay inside one', () => {
    const matcher = createGlobMatcher(['**/*.min.js', 'js/*.ts']);
    expect(matcher.excludesFile('vendor.min.js')).toBe(true);
    expect(matcher.excludesFile('a/b/vendor.min.js')).toBe(true);
    expect(matcher.excludesFile('js/app.ts')).toBe(true);
    expect(matcher.excludesFile('js/deep/app.ts')).toBe(false);
    expect(matcher.excludesFile('app.ts')).toBe(false);
  });

  it('prunes a folder whose whole content a pattern excludes', () => {
    const matcher = createGlobMatcher(['**/node_modules/**', 'legacy/**']);
    expect(matcher.excludesFolder('node_modules')).toBe(true);
    expect(matcher.excludesFolder('apps/web/node_modules')).toBe(true);
    expect(matcher.excludesFolder('legacy')).toBe(true);
    expect(matcher.excludesFolder('src/legacy')).toBe(false);
    expect(matcher.excludesFolder('src')).toBe(false);
  });

  it('understands alternatives, character classes and ?, ignoring case', () => {
    const matcher = createGlobMatcher(['**/*.{spec,test}.*', 'test_?.py', '[ab].js']);
    expect(matcher.excludesFile('src/App.Test.tsx')).toBe(true);
    expect(matcher.excludesFile('src/app.spec.js')).toBe(true);
    expect(matcher.excludesFile('test_1.py')).toBe(true);
    expect(matcher.excludesFile('test_12.py')).toBe(false);
    expect(matcher.excludesFile('b.js')).toBe(true);
    expect(matcher.excludesFile('c.js')).toBe(false);
  });

  it('treats regular-expression characters in a glob literally', () => {
    const matcher = createGlobMatcher(['a+b(1).js']);
    expect(matcher.excludesFile('a+b(1).js')).toBe(true);
    expect(matcher.excludesFile('aab1.js')).toBe(false);
  });
});
