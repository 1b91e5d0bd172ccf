/** True when `name` matches `glob`, where `*` stands for any text. */
export function globMatches(glob: string, name: string): boolean {
  const parts = glob.split('*').map(escapeRegExp);
  return new RegExp(`^${parts.join('.*')}$`, 's').test(name);
}

/**
 * Dynamic event names are globs (`job_*` from `f"job_{state}"`). A bare `*` says nothing about the
 * name, so it matches no specific event: claiming it sends or handles everything would hide every
 * real gap.
 */
export function patternMatches(pattern: string, name: string): boolean {
  return pattern.replaceAll('*', '') !== '' && globMatches(pattern, name);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}
