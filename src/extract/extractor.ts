import type { Site, SkippedFile } from '../model/site.js';
import type { Language, SourceFile } from '../model/source-file.js';

export interface ExtractionResult {
  sites: Site[];
  /** Files that could not be parsed, with the parser's reason. The other files are still analysed. */
  skipped: SkippedFile[];
}

/**
 * In-house wrappers the analysis cannot follow (defined outside the scan, or too dynamic), named
 * in the config. A call whose callee, as written, ends with one of the names (`notifyClients`,
 * `app.realtime.push`, `publish_event` for `this.bus.publish_event(...)`) takes the event name as
 * its first argument. An emitter's second argument is the payload; a listener's is the handler.
 */
export interface ExtractOptions {
  emitters: readonly string[];
  listeners: readonly string[];
  /**
   * Python method names that classes in files outside the ones extracted define too (see
   * `ExtractionUnit`): a call by such a name is ambiguous even where only one given class has it.
   */
  methodsDefinedElsewhere?: readonly string[];
}

export const NO_EXTRACT_OPTIONS: ExtractOptions = { emitters: [], listeners: [] };

/**
 * True when a callee written as `path` (`['this', 'bus', 'publish_event']`) ends with one of the
 * dotted `names`, segment by segment: `bus.publish_event` matches it, `sh_event` does not.
 */
export function calleeEndsWithOneOf(path: readonly string[], names: readonly string[]): boolean {
  return names.some((name) => {
    const wanted = name.split('.');
    const start = path.length - wanted.length;
    return start >= 0 && wanted.every((segment, index) => segment === path[start + index]);
  });
}

/**
 * Source files that refer to nothing outside themselves, so they can be extracted on their own,
 * except for the Python method names that are also defined elsewhere.
 */
export interface ExtractionUnit {
  sources: SourceFile[];
  methodsDefinedElsewhere: string[];
}

/**
 * A language front-end. It receives the files of its language in a unit at once, because helpers,
 * constants and enums are followed across modules.
 */
export interface LanguageExtractor {
  language: Language;
  extract(files: readonly SourceFile[], options?: ExtractOptions): Promise<ExtractionResult>;
}
