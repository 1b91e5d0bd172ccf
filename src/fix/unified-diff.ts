import { escapeControlCharacters } from '../report/format-safe-text.js';
import type { FileFix, FixPlan } from './fix-plan.js';
import { noteText } from './fix-notes.js';
import { diffLines, type LineEdit } from './line-diff.js';

const CONTEXT_LINES = 3;
const PREFIX: Record<LineEdit['kind'], string> = { equal: ' ', delete: '-', insert: '+' };

/** A diff line with its 1-based line numbers in the old and new text (the number it would have, for a line only on one side). */
interface NumberedEdit extends LineEdit {
  oldLine: number;
  newLine: number;
}

/**
 * The plan as a unified diff (`--- a/path`, `+++ b/path`, hunks with three lines of context), file by
 * file in path order, then one line per note. Empty when the plan changes and notes nothing.
 */
export function renderUnifiedDiff(plan: FixPlan): string {
  const diff = plan.fixes.map(fileDiff).join('');
  const notes = plan.notes.map((note) => `${noteText(note)}\n`).join('');
  return diff !== '' && notes !== '' ? `${diff}\n${notes}` : diff + notes;
}

function fileDiff(fix: FileFix): string {
  const path = escapeControlCharacters(fix.file);
  const edits = numbered(diffLines(splitLines(fix.before), splitLines(fix.after)));
  const hunks = hunkRanges(edits).map(([start, end]) => hunk(edits.slice(start, end)));
  return hunks.length === 0 ? '' : [`--- a/${path}\n`, `+++ b/${path}\n`, ...hunks].join('');
}

/** Lines with their line break (`\r` stays part of a CRLF line); the last has none when the text does not end with one. */
function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

function numbered(edits: readonly LineEdit[]): NumberedEdit[] {
  let oldLine = 1;
  let newLine = 1;
  return edits.map((edit) => {
    const entry = { ...edit, oldLine, newLine };
    if (edit.kind !== 'insert') oldLine++;
    if (edit.kind !== 'delete') newLine++;
    return entry;
  });
}

/** `[start, end)` ranges of edits, one per hunk: changes closer than twice the context share a hunk. */
function hunkRanges(edits: readonly NumberedEdit[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  edits.forEach((edit, index) => {
    if (edit.kind === 'equal') return;
    const start = Math.max(0, index - CONTEXT_LINES);
    const end = Math.min(edits.length, index + CONTEXT_LINES + 1);
    const last = ranges.at(-1);
    if (last !== undefined && start <= last[1]) last[1] = end;
    else ranges.push([start, end]);
  });
  return ranges;
}

function hunk(edits: readonly NumberedEdit[]): string {
  const first = edits[0];
  if (first === undefined) return '';
  const oldCount = edits.filter((edit) => edit.kind !== 'insert').length;
  const newCount = edits.filter((edit) => edit.kind !== 'delete').length;
  const header = `@@ -${range(first.oldLine, oldCount)} +${range(first.newLine, newCount)} @@\n`;
  return header + edits.map((edit) => diffLine(edit)).join('');
}

/** GNU diff's hunk ranges: `start,count`; `start` alone for one line; the line before for none. */
function range(start: number, count: number): string {
  if (count === 1) return `${start}`;
  return `${count === 0 ? start - 1 : start},${count}`;
}

function diffLine({ kind, line }: LineEdit): string {
  return line.endsWith('\n') ? `${PREFIX[kind]}${line}` : `${PREFIX[kind]}${line}\n\\ No newline at end of file\n`;
}
