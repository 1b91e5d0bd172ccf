import type { SkippedFile } from '../model/site.js';
import type { SourceFile } from '../model/source-file.js';
import { embeddedScripts } from '../extract/embedded/index.js';
import type { ExtractionUnit } from '../extract/extractor.js';
import { displayPath } from '../util/paths.js';
import type { DiscoveredFile } from './discover-files.js';
import { fileKindOf, type FileKind } from './file-kinds.js';
import { DEFAULT_MAX_FILE_SIZE } from './file-size.js';
import { minifiedReason } from './minified.js';
import { FileFactReader, groupFilesByFacts, type FileFacts, type PrefilterFileInfo } from './prefilter/select-files.js';
import { readSource } from './read-source.js';

export interface LoadedSources {
  /** Every source file to parse, in discovery order. */
  sources: SourceFile[];
  /**
   * The same source files in groups that refer to nothing outside themselves, so each group can be
   * extracted on its own (one group of every file when the prefilter is off).
   */
  units: ExtractionUnit[];
  skipped: SkippedFile[];
}

export interface LoadOptions {
  /** Files larger than this many bytes are skipped (default `DEFAULT_MAX_FILE_SIZE`, 1 MB). */
  maxFileSize?: number;
  /** Called after each batch of files is read, with how many of them are read so far. */
  onFilesRead?: (done: number, total: number) => void;
  /**
   * Hand the extractors only the files that can hold a site or that such files refer to (default
   * true). The others are still counted as scanned; they are not skipped, they cannot matter.
   */
  prefilter?: boolean;
}

/** A file read and decoded, not yet turned into source files. */
interface ReadFile {
  file: DiscoveredFile;
  shownPath: string;
  kind: FileKind;
  /** Let go of once the prefilter has read the file's facts. */
  text?: string;
}

/** Files read at once: enough to keep the disk busy, few enough to hold their texts. */
const READ_BATCH_SIZE = 64;

/**
 * Reads the discovered files and turns each into the source files the extractors see: the file
 * itself, or one virtual file per `<script>` block of an `.html`, `.vue` or `.svelte` file. Files
 * that cannot be read, are too large, are minified or are of no known kind are listed as skipped.
 */
export async function loadSources(files: readonly DiscoveredFile[], cwd: string, options: LoadOptions = {}): Promise<LoadedSources> {
  const skipped: SkippedFile[] = [];
  const read: ReadFile[] = [];
  // With the prefilter, each file's facts are read right after the file and its text is let go
  // of: only about a third of the files are selected, and reading those again costs less than
  // holding every text until the selection is known.
  const factReader = options.prefilter === false ? undefined : new FileFactReader();
  const facts: FileFacts[] = [];
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  for await (const outcomes of inBatches(files, (file) => readOne(file, cwd, maxFileSize))) {
    for (const outcome of outcomes) {
      if ('reason' in outcome) skipped.push(outcome);
      else if (factReader) {
        facts.push(factReader.read({ language: outcome.kind.language, text: outcome.text }));
        read.push({ file: outcome.file, shownPath: outcome.shownPath, kind: outcome.kind });
      } else read.push(outcome);
    }
    options.onFilesRead?.(skipped.length + read.length, files.length);
  }
  const everyFile = { files: read.map((_, index) => index), methodsDefinedElsewhere: [] };
  const groups = factReader ? groupFilesByFacts(read.map(prefilterInput), facts) : [everyFile];
  const selected = groups.flatMap((group) => group.files).sort((a, b) => a - b);
  const sourcesOf = new Map<number, SourceFile[]>();
  for await (const outcomes of inBatches(selected, async (index) => ({ index, outcome: await withText(read[index], cwd, maxFileSize) }))) {
    for (const { index, outcome } of outcomes) {
      if (outcome && 'reason' in outcome) skipped.push(outcome);
      sourcesOf.set(index, outcome && !('reason' in outcome) ? toSourceFiles(outcome) : []);
    }
  }
  const sources = [...sourcesOf.values()].flat();
  const units = groups.map((group) => ({
    sources: group.files.flatMap((index) => sourcesOf.get(index) ?? []),
    methodsDefinedElsewhere: group.methodsDefinedElsewhere,
  }));
  return { sources, units: units.filter((unit) => unit.sources.length > 0), skipped };
}

/** `read` over `items`, `READ_BATCH_SIZE` at a time, batch by batch. */
async function* inBatches<T, R>(items: readonly T[], read: (item: T) => Promise<R>): AsyncGenerator<R[]> {
  for (let start = 0; start < items.length; start += READ_BATCH_SIZE) {
    yield await Promise.all(items.slice(start, start + READ_BATCH_SIZE).map(read));
  }
}

async function readOne(file: DiscoveredFile, cwd: string, maxFileSize: number): Promise<Required<ReadFile> | SkippedFile> {
  const shownPath = displayPath(file.absolutePath, cwd);
  if (file.skipReason !== undefined) return { file: shownPath, reason: file.skipReason };
  const kind = fileKindOf(file.absolutePath);
  if (!kind) return { file: shownPath, reason: 'not a file type ws-gap reads' };
  const outcome = await readSource(file.absolutePath, maxFileSize);
  if (!outcome.ok) return { file: shownPath, reason: outcome.reason };
  const minified = minifiedReason(outcome.text);
  if (minified !== undefined) return { file: shownPath, reason: minified };
  return { file, shownPath, kind, text: outcome.text };
}

/** A selected file with its text: read again if it was let go of (the file may be skipped now). */
async function withText(entry: ReadFile | undefined, cwd: string, maxFileSize: number): Promise<Required<ReadFile> | SkippedFile | undefined> {
  if (entry?.text !== undefined) return { ...entry, text: entry.text };
  return entry && readOne(entry.file, cwd, maxFileSize);
}

function prefilterInput(entry: ReadFile): PrefilterFileInfo {
  return { path: entry.shownPath, language: entry.kind.language, embedded: entry.kind.embedded };
}

function toSourceFiles(entry: Required<ReadFile>): SourceFile[] {
  const { file, shownPath, kind, text } = entry;
  const source: SourceFile = { path: shownPath, absolutePath: file.absolutePath, side: file.side, language: kind.language, text };
  return kind.embedded ? embeddedScripts(source) : [source];
}
