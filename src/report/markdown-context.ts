import type { ScanResult } from '../model/result.js';

/** What every Markdown section needs besides the result itself. */
export interface MarkdownContext {
  result: ScanResult;
  /** Path → the name shown in prose: the base name, or the whole path when two files share a base name. */
  fileNames: ReadonlyMap<string, string>;
  /**
   * True when the backend sends every server event from one file: sends are then shown as `Line 12`,
   * as in the hand-written reference report, and the file is named once in the detailed analysis.
   */
  singleBackendSender: boolean;
}

export function markdownContext(result: ScanResult): MarkdownContext {
  const backendSenders = new Set(
    result.events
      .filter((event) => event.direction === 'server-to-client')
      .flatMap((event) => event.sent.map((site) => site.file)),
  );
  return { result, fileNames: shortFileNames(allPaths(result)), singleBackendSender: backendSenders.size === 1 };
}

function allPaths(result: ScanResult): Set<string> {
  const paths = new Set(result.skipped.map((entry) => entry.file));
  for (const declared of result.events.flatMap((event) => event.declaredAt ?? [])) paths.add(declared.file);
  for (const site of result.events.flatMap((event) => [...event.sent, ...event.handled])) {
    paths.add(site.file);
    for (const caller of site.calledFrom ?? []) paths.add(caller.file);
  }
  return paths;
}

function shortFileNames(paths: ReadonlySet<string>): Map<string, string> {
  const baseNameCounts = new Map<string, number>();
  for (const path of paths) baseNameCounts.set(baseName(path), (baseNameCounts.get(baseName(path)) ?? 0) + 1);
  return new Map([...paths].map((path) => [path, baseNameCounts.get(baseName(path)) === 1 ? baseName(path) : path]));
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
