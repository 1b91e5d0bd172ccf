import type { SkippedFile } from '../model/site.js';
import type { SourceFile } from '../model/source-file.js';
import { embeddedScripts } from '../extract/embedded/index.js';
import type { ExtractionUnit } from '../extract/extractor.js';
import { displayPath } from '../util/paths.js';
import type { DiscoveredFile } from './discover-files.js';
import { fileKindOf, type FileKind } from './file-kinds.js';
import { DEFAULT_MAX_FILE_SIZE } from './file-size.js';
import { minifiedReason } from './minified.js';
import { FileFactReader, groupFilesByFacts, type FileFacts, type PrefilterFileInfo, type StoredFileFacts } from './prefilter/select-files.js';
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
  /** The prefilter facts of files an earlier scan read, from the cache (used with the prefilter only). */
  knownFacts?: KnownFacts;
}

/**
 * File facts kept by the cache, by the bytes they were read from. A file whose facts are known is
 * not read unless the prefilter selects it; `remember` is told the facts of every file read.
 */
export interface KnownFacts {
  get(file: DiscoveredFile): StoredFileFacts | undefined;
  remember(file: DiscoveredFile, facts: StoredFileFacts): void;
}

/** A file read and decoded, not yet turned into source files. */
interface ReadFile {
  file: DiscoveredFile;
  shownPath: string;
  kind: FileKind;
  /** Let go of once the prefilter has read the file's facts. */
  text?: string;
}

type RecalledFile = ReadFile & { stored: StoredFileFacts };

/** `onFilesRead` is told how far reading is after this many files. */
const PROGRESS_EVERY = 64;

/**
 * Reads the discovered files and turns each into the source files the extractors see: the file
 * itself, or one virtual file per `<script>` block of an `.html`, `.vue` or `.svelte` file. Files
 * that cannot be read, are too large, are minified or are of no known kind are listed as skipped.
 */
export async function loadSources(files: readonly DiscoveredFile[], cwd: string, options: LoadOptions = {}): Promise<LoadedSources> {
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const { read, facts, skipped } = readEveryFile(files, cwd, maxFileSize, options);
  const groups = facts ? groupFilesByFacts(read.map(prefilterInput), facts) : [{ files: read.map((_, index) => index), methodsDefinedElsewhere: [] }];
  const sourcesOf = new Map<number, SourceFile[]>();
  for (const index of groups.flatMap((group) => group.files).sort((a, b) => a - b)) {
    const outcome = withText(read[index], cwd, maxFileSize);
    if (outcome && 'reason' in outcome) skipped.push(outcome);
    sourcesOf.set(index, outcome && !('reason' in outcome) ? toSourceFiles(outcome) : []);
  }
  const sources = [...sourcesOf.values()].flat();
  const units = groups.map((group) => ({
    sources: group.files.flatMap((index) => sourcesOf.get(index) ?? []),
    methodsDefinedElsewhere: group.methodsDefinedElsewhere,
  }));
  return { sources, units: units.filter((unit) => unit.sources.length > 0), skipped };
}

/**
 * Reads every file (or recalls its facts), and with the prefilter reads each file's facts right
 * after it and lets go of its text: only about a third of the files are selected, and reading
 * those again costs less than holding every text until the selection is known. `facts[i]` are
 * those of `read[i]`; without the prefilter there are none, and the texts are kept.
 */
function readEveryFile(files: readonly DiscoveredFile[], cwd: string, maxFileSize: number, options: LoadOptions) {
  const skipped: SkippedFile[] = [];
  const read: ReadFile[] = [];
  const factReader = options.prefilter === false ? undefined : new FileFactReader();
  const facts: FileFacts[] = [];
  const known = factReader && options.knownFacts;
  files.forEach((file, index) => {
    const stored = known?.get(file);
    const outcome = stored ? recalled(file, cwd, stored) : readOne(file, cwd, maxFileSize);
    if ('reason' in outcome) skipped.push(outcome);
    else if (factReader) {
      const fileFacts = 'stored' in outcome ? factReader.fromStored(outcome.stored) : factReader.read({ language: outcome.kind.language, text: outcome.text });
      if (known && !('stored' in outcome)) known.remember(outcome.file, factReader.toStored(fileFacts));
      facts.push(fileFacts);
      read.push({ file: outcome.file, shownPath: outcome.shownPath, kind: outcome.kind });
    } else read.push(outcome);
    if ((index + 1) % PROGRESS_EVERY === 0 || index + 1 === files.length) options.onFilesRead?.(index + 1, files.length);
  });
  return { read, facts: factReader ? facts : undefined, skipped };
}

function readOne(file: DiscoveredFile, cwd: string, maxFileSize: number): Required<ReadFile> | SkippedFile {
  const shownPath = displayPath(file.absolutePath, cwd);
  if (file.skipReason !== undefined) return { file: shownPath, reason: file.skipReason };
  const kind = fileKindOf(file.absolutePath);
  if (!kind) return { file: shownPath, reason: 'not a file type ws-gap reads' };
  const outcome = readSource(file.absolutePath, maxFileSize);
  if (!outcome.ok) return { file: shownPath, reason: outcome.reason };
  const minified = minifiedReason(outcome.text);
  if (minified !== undefined) return { file: shownPath, reason: minified };
  return { file, shownPath, kind, text: outcome.text };
}

/** A file not read again: its facts are known (`readOne` read it, unchanged, in an earlier scan). */
function recalled(file: DiscoveredFile, cwd: string, stored: StoredFileFacts): RecalledFile | SkippedFile {
  const shownPath = displayPath(file.absolutePath, cwd);
  const kind = fileKindOf(file.absolutePath);
  return kind ? { file, shownPath, kind, stored } : { file: shownPath, reason: 'not a file type ws-gap reads' };
}

/** A selected file with its text: read again if it was let go of (the file may be skipped now). */
function withText(entry: ReadFile | undefined, cwd: string, maxFileSize: number): Required<ReadFile> | SkippedFile | undefined {
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
