import type * as t from '@babel/types';

import { blankKeepingLineBreaks } from '../embedded/template-syntax.js';
import type { ParseAttempt } from './parse.js';

/** Lines left out of a script block (1-based, physical), and the parser's first complaint. */
export interface SkippedLines {
  lines: number[];
  reason: string;
}

type Failed = Extract<ParseAttempt, { ok: false }>;

/** Beyond this many bad lines a block is not JavaScript with some template syntax in it. */
const MAX_SKIPPED_LINES = 20;
const MAX_PARSES = 400;

const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/g;

/** The lines of a text, blanked one at a time; blanking keeps every offset where it is. */
class Lines {
  private readonly starts: number[] = [0];

  constructor(private readonly original: string) {
    for (const match of original.matchAll(LINE_BREAK)) this.starts.push((match.index ?? 0) + match[0].length);
  }

  /** 0-based line of an offset. */
  lineOf(offset: number): number {
    let line = 0;
    while (line + 1 < this.starts.length && (this.starts[line + 1] as number) <= offset) line++;
    return line;
  }

  hasCode(text: string, line: number): boolean {
    return /\S/.test(text.slice(...this.range(line)));
  }

  blank(text: string, line: number): string {
    const [start, end] = this.range(line);
    return text.slice(0, start) + blankKeepingLineBreaks(text.slice(start, end)) + text.slice(end);
  }

  restore(text: string, line: number): string {
    const [start, end] = this.range(line);
    return text.slice(0, start) + this.original.slice(start, end) + text.slice(end);
  }

  private range(line: number): [number, number] {
    const start = this.starts[line] as number;
    return [start, line + 1 < this.starts.length ? (this.starts[line + 1] as number) : this.original.length];
  }
}

/** `after` gets further than `before`: it parses, or stops later. */
function isProgress(after: ParseAttempt, before: Failed): boolean {
  return after.ok || (after.offset ?? 0) > (before.offset ?? 0);
}

/** `after` gets at least as far as `reference`, which got further than `before`. */
function isAsGood(after: ParseAttempt, reference: ParseAttempt, before: Failed): boolean {
  if (after.ok) return true;
  return !reference.ok && isProgress(after, before) && (after.offset ?? 0) >= (reference.offset ?? 0);
}

interface Step {
  text: string;
  result: ParseAttempt;
  blanked: number[];
}

/** Parses with a budget, blanking and restoring the lines of one text. */
class LineSkipper {
  private budget = MAX_PARSES;

  constructor(
    private readonly lines: Lines,
    private readonly parse: (text: string) => ParseAttempt,
  ) {}

  /** Blanks lines from where the parser stopped, backwards, until it gets further. */
  blankUntilProgress(text: string, failed: Failed): Step | undefined {
    const step: Step = { text, result: failed, blanked: [] };
    for (let line = this.lines.lineOf(failed.offset ?? 0); line >= 0 && this.budget > 0; line--) {
      if (!this.lines.hasCode(step.text, line)) continue;
      step.text = this.lines.blank(step.text, line);
      step.blanked.push(line);
      step.result = this.counted(step.text);
      if (isProgress(step.result, failed)) return step;
    }
    return undefined;
  }

  /** Puts back each blanked line the parser does as well with. */
  restoreNeedless(step: Step, failed: Failed): Step {
    const kept: number[] = [];
    let { text, result } = step;
    for (const line of step.blanked) {
      const trial = this.lines.restore(text, line);
      const restored = this.budget > 0 ? this.counted(trial) : failed;
      if (isAsGood(restored, result, failed)) {
        text = trial;
        result = restored;
      } else {
        kept.push(line);
      }
    }
    return { text, result, blanked: kept };
  }

  private counted(text: string): ParseAttempt {
    this.budget--;
    return this.parse(text);
  }
}

/**
 * Parses `text` without the fewest lines it can find. The culprit often comes before where the
 * parser notices it (an unclosed `{{` is only an error at the end), so lines are blanked from
 * there backwards until the parser gets further; then each of them is put back if the parser
 * does as well with it. Repeated until the text parses.
 */
export function parseSkippingLines(
  text: string,
  firstFailure: Failed,
  parse: (text: string) => ParseAttempt,
): { ast: t.File; text: string; skippedLines: SkippedLines } | undefined {
  const skipper = new LineSkipper(new Lines(text), parse);
  const skipped: number[] = [];
  let current = text;
  let failed = firstFailure;
  while (failed.offset !== undefined) {
    const progress = skipper.blankUntilProgress(current, failed);
    if (!progress) return undefined;
    const step = skipper.restoreNeedless(progress, failed);
    skipped.push(...step.blanked);
    if (skipped.length > MAX_SKIPPED_LINES) return undefined;
    current = step.text;
    if (step.result.ok) {
      const lines = skipped.map((line) => line + 1).sort((a, b) => a - b);
      return { ast: step.result.ast, text: current, skippedLines: { lines, reason: firstFailure.reason } };
    }
    failed = step.result;
  }
  return undefined;
}
