import fs from 'node:fs';
import path from 'node:path';
import { globSource } from './glob-pattern.js';

/** One line of a `.gitignore`, for paths below `base` (an absolute folder). */
interface IgnoreRule {
  base: string;
  pattern: RegExp;
  negated: boolean;
  directoryOnly: boolean;
}

/** The rules that apply in one folder: its own `.gitignore` after those of the folders above it. */
export type IgnoreRules = readonly IgnoreRule[];

/**
 * Turns one `.gitignore` line into a rule, as git reads it: a pattern with a slash before its end
 * is anchored to the file's folder, one without matches at any depth; a trailing slash matches
 * folders only; `!` re-includes. Blank lines and `#` comments give no rule.
 */
export function parseIgnoreLine(line: string, base: string): IgnoreRule | undefined {
  let text = line.replace(/(?<!\\)\s+$/, '');
  if (text === '' || text.startsWith('#')) return undefined;
  const negated = text.startsWith('!');
  if (negated) text = text.slice(1);
  if (text.startsWith('\\#') || text.startsWith('\\!')) text = text.slice(1);
  const directoryOnly = text.endsWith('/');
  if (directoryOnly) text = text.slice(0, -1);
  if (text === '') return undefined;
  const anchored = text.includes('/');
  if (text.startsWith('/')) text = text.slice(1);
  const source = globSource(text);
  const pattern = new RegExp(anchored ? `^${source}(?:/.*)?$` : `(?:^|/)${source}(?:/.*)?$`);
  return { base, pattern, negated, directoryOnly };
}

export function parseGitignore(text: string, base: string): IgnoreRule[] {
  return text.split(/\r?\n|\r/).flatMap((line) => parseIgnoreLine(line, base) ?? []);
}

/** The rules of `folder`'s own `.gitignore` (none when it has none or it cannot be read) after `inherited`. */
export function rulesIn(folder: string, inherited: IgnoreRules): IgnoreRules {
  let text: string;
  try {
    text = fs.readFileSync(path.join(folder, '.gitignore'), 'utf8');
  } catch {
    return inherited;
  }
  const own = parseGitignore(text, folder);
  return own.length === 0 ? inherited : [...inherited, ...own];
}

/**
 * Whether `absolutePath` is ignored; the last matching rule wins. A rule only sees paths below its
 * folder; the parents of a path are checked by the walk before the path itself.
 */
export function isIgnored(rules: IgnoreRules, absolutePath: string, isDirectory: boolean): boolean {
  let ignored = false;
  for (const rule of rules) {
    if (rule.directoryOnly && !isDirectory) continue;
    const prefix = rule.base.endsWith(path.sep) ? rule.base : rule.base + path.sep;
    if (!absolutePath.startsWith(prefix)) continue;
    const relative = absolutePath.slice(prefix.length);
    if (rule.pattern.test(path.sep === '/' ? relative : relative.split(path.sep).join('/'))) ignored = !rule.negated;
  }
  return ignored;
}

/**
 * The rules of the `.gitignore` files above `root`, up to the top of its git repository (the
 * nearest folder with a `.git`). Outside a repository, only the root's own files count.
 */
export function rulesAbove(root: string): IgnoreRules {
  const folders: string[] = [];
  let repositoryTop: string | undefined;
  for (let folder = path.dirname(root); ; folder = path.dirname(folder)) {
    folders.unshift(folder);
    if (fs.existsSync(path.join(folder, '.git'))) {
      repositoryTop = folder;
      break;
    }
    if (path.dirname(folder) === folder) break;
  }
  if (fs.existsSync(path.join(root, '.git')) || repositoryTop === undefined) return [];
  return folders.reduce<IgnoreRules>((rules, folder) => rulesIn(folder, rules), []);
}
