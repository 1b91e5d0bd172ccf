/**
 * Glob patterns as used by `exclude` and the default excludes: `**` crosses folders, `*` and `?`
 * stay inside one, `[...]` is a character class and `{a,b}` an alternative. Paths are relative
 * and `/`-separated.
 */

function escapeCharacter(character: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(character) ? `\\${character}` : character;
}

/** The regular-expression source of a glob (without anchors). */
export function globSource(glob: string): string {
  let source = '';
  let alternatives = 0;
  for (let index = 0; index < glob.length; index += 1) {
    const character = glob[index] ?? '';
    if (character === '*' && glob[index + 1] === '*') {
      const slashAfter = glob[index + 2] === '/';
      const atSegmentStart = index === 0 || glob[index - 1] === '/';
      if (atSegmentStart && slashAfter) {
        source += '(?:.*/)?';
        index += 2;
      } else {
        source += '.*';
        index += 1;
      }
    } else if (character === '*') {
      source += '[^/]*';
    } else if (character === '?') {
      source += '[^/]';
    } else if (character === '[') {
      const close = glob.indexOf(']', index + 2);
      if (close < 0) {
        source += '\\[';
      } else {
        const body = glob.slice(index + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
        source += `[${body}]`;
        index = close;
      }
    } else if (character === '{') {
      alternatives += 1;
      source += '(?:';
    } else if (character === ',' && alternatives > 0) {
      source += '|';
    } else if (character === '}' && alternatives > 0) {
      alternatives -= 1;
      source += ')';
    } else if (character === '\\' && index + 1 < glob.length) {
      index += 1;
      source += escapeCharacter(glob[index] ?? '');
    } else {
      source += escapeCharacter(character);
    }
  }
  return source + ')'.repeat(alternatives);
}

export interface GlobMatcher {
  /** True when a file at this relative path is excluded. */
  excludesFile(relativePath: string): boolean;
  /** True when nothing under this folder can be wanted (`dist/**`, `**\/node_modules/**`). */
  excludesFolder(relativePath: string): boolean;
}

/** One matcher for a list of exclude globs; matching ignores case, as file systems often do. */
export function createGlobMatcher(globs: readonly string[]): GlobMatcher {
  const files = globs.map((glob) => new RegExp(`^${globSource(glob)}$`, 'i'));
  const folders = globs.map((glob) => new RegExp(`^${globSource(glob.replace(/\/\*\*$/, ''))}$`, 'i'));
  return {
    excludesFile: (relativePath) => files.some((pattern) => pattern.test(relativePath)),
    excludesFolder: (relativePath) => folders.some((pattern) => pattern.test(relativePath)),
  };
}
