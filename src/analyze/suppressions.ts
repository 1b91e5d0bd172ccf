import type { Site, Suppression } from '../model/site.js';
import type { SourceFile } from '../model/source-file.js';

/**
 * `# ws-gap-ignore`, `// ws-gap-ignore: model_deployed -- sent to the mobile app only`: a comment
 * marker, the directive, optionally the one event it is for, optionally a reason. These are
 * directives in comments, read line by line like ESLint's `eslint-disable` comments; events
 * themselves are only ever found by the parsers.
 */
const DIRECTIVE = /(?:#|\/\/|\/\*|<!--)\s*ws-gap-ignore(?::\s*([^\s*]+))?(?:\s*--\s*(.*?))?\s*(?:\*\/|-->)?\s*$/;

/** Marks each site that a directive on its own line or on the line above silences. */
export function applySuppressions(sites: readonly Site[], sources: readonly SourceFile[]): Site[] {
  const sourcesByFile = new Map<string, SourceFile[]>();
  for (const source of sources) sourcesByFile.set(source.path, [...(sourcesByFile.get(source.path) ?? []), source]);
  // Only files that have sites are split into lines, each once.
  const linesByFile = new Map<string, string[][]>();
  const linesOf = (file: string) => {
    let texts = linesByFile.get(file);
    if (texts === undefined) {
      texts = (sourcesByFile.get(file) ?? []).map((source) => source.text.split(/\r\n|\r|\n/));
      linesByFile.set(file, texts);
    }
    return texts;
  };
  return sites.map((site) => {
    const suppressed = suppressionFor(site, linesOf(site.file));
    return suppressed ? { ...site, suppressed } : site;
  });
}

function suppressionFor(site: Site, texts: readonly string[][]): Suppression | undefined {
  for (const line of [site.line, site.line - 1]) {
    for (const lines of texts) {
      const match = DIRECTIVE.exec(lines[line - 1] ?? '');
      if (!match) continue;
      const [, event, reason] = match;
      if (event !== undefined && event !== site.name) continue;
      return { line, ...(reason ? { reason } : {}) };
    }
  }
  return undefined;
}
