import type { EventReport, ScanResult } from '../model/result.js';
import { selectEvents } from '../report/format-event-selection.js';
import { compareLocations, compareStrings } from '../util/compare.js';
import { insertionText } from './anchor.js';
import { findAnchor } from './find-anchor.js';
import type { FileFix, FixNote, FixPlan } from './fix-plan.js';
import { handlerCode } from './handler-stub.js';
import { handlerStyle } from './handler-style.js';
import { stubTarget } from './stub-target.js';
import { loadTargetFile, type LoadedTarget, type TargetFile } from './target-file.js';

/** One stub going into one file. */
interface Insertion {
  file: string;
  target: TargetFile;
  offset: number;
  text: string;
  event: string;
}

/**
 * What `ws-gap fix` would change: a handler stub for every unhandled server event with a literal name,
 * inserted next to the handlers of the file that handles most related events and written like them;
 * and a note for every dead handler whose name is close to a sent one. Reads files, writes none.
 * `cwd` is the folder the result's paths are relative to.
 */
export function planFixes(result: ScanResult, cwd: string): FixPlan {
  const load = cachedLoader(cwd);
  const insertions: Insertion[] = [];
  const notes: FixNote[] = [];
  for (const event of unhandledServerEvents(result.events)) {
    const planned = planStub(result.events, event, load);
    if ('kind' in planned) notes.push(planned);
    else insertions.push(planned);
  }
  return { fixes: fileFixes(insertions), notes: [...notes, ...didYouMeanNotes(result.events)] };
}

/** Each target file is read and parsed once, however many stubs go into it. */
function cachedLoader(cwd: string): (file: string) => LoadedTarget {
  const loaded = new Map<string, LoadedTarget>();
  return (file) => {
    const target = loaded.get(file) ?? loadTargetFile(file, cwd);
    loaded.set(file, target);
    return target;
  };
}

function unhandledServerEvents(events: readonly EventReport[]): EventReport[] {
  return selectEvents(events, { direction: 'server-to-client', status: 'unhandled' }).filter((event) => !event.dynamic);
}

function planStub(events: readonly EventReport[], event: EventReport, load: (file: string) => LoadedTarget): Insertion | FixNote {
  const target = stubTarget(events, event);
  if (target === undefined) return { kind: 'no-handler-file', event: event.name };
  const { file, via } = target;
  const style = handlerStyle(via);
  if (style === undefined) return { kind: 'unsupported-style', event: event.name, file, via };
  const loaded = load(file);
  if (!loaded.ok) return { kind: 'unreadable-file', event: event.name, file, reason: loaded.reason };
  const anchor = findAnchor(loaded.file, style, target.sites);
  if (anchor === undefined) return { kind: 'no-insertion-point', event: event.name, file, via };
  const { eol, indent } = loaded.file.layout;
  const text = insertionText(anchor, handlerCode(event, style, indent), eol);
  return { file, target: loaded.file, offset: anchor.offset, text, event: event.name };
}

type DidYouMeanNote = Extract<FixNote, { kind: 'did-you-mean' }>;

/** A note per handler of a dead event that has a likely intended name, in location order. */
function didYouMeanNotes(events: readonly EventReport[]): DidYouMeanNote[] {
  return events
    .filter((event) => event.status === 'dead-handler')
    .flatMap(({ name, handled, didYouMean: suggestion }) =>
      suggestion === undefined
        ? []
        : handled.map(({ file, line, column }): DidYouMeanNote => {
            return { kind: 'did-you-mean', event: name, handler: { file, line, column }, suggestion };
          }),
    )
    .sort((a, b) => compareLocations(a.handler, b.handler) || compareStrings(a.event, b.event));
}

/** The insertions applied file by file; stubs at one place go in by event name. */
function fileFixes(insertions: readonly Insertion[]): FileFix[] {
  const byFile = new Map<string, { target: TargetFile; own: Insertion[] }>();
  for (const insertion of insertions) {
    const { target, own } = byFile.get(insertion.file) ?? { target: insertion.target, own: [] };
    byFile.set(insertion.file, { target, own: [...own, insertion] });
  }
  return [...byFile]
    .sort(([a], [b]) => compareStrings(a, b))
    .map(([file, { target: { text, byteOrderMark }, own }]) => {
      const ordered = [...own].sort((a, b) => a.offset - b.offset || compareStrings(a.event, b.event));
      const events = [...new Set(own.map((insertion) => insertion.event))].sort(compareStrings);
      return { file, before: text, after: withInsertions(text, ordered), byteOrderMark, events };
    });
}

function withInsertions(text: string, insertions: readonly Insertion[]): string {
  let result = '';
  let position = 0;
  for (const insertion of insertions) {
    result += text.slice(position, insertion.offset) + insertion.text;
    position = insertion.offset;
  }
  return result + text.slice(position);
}
