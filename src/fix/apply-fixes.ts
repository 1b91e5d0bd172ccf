import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import type { FileFix, FixPlan } from './fix-plan.js';

export interface AppliedFixes {
  /** The files written, in path order, with the events each now has a handler for. */
  written: Array<{ file: string; events: string[] }>;
  /** Files left as they were, and why. */
  failed: Array<{ file: string; reason: string }>;
}

const UTF8_BOM = '\uFEFF';

/**
 * Writes each planned file, atomically (a temporary file in the same folder renamed over it), and only
 * when it still holds the text the plan was made from. Never throws: a file that cannot be written is
 * listed in `failed` and the others are still written.
 */
export function applyFixes(plan: FixPlan, cwd: string): AppliedFixes {
  const applied: AppliedFixes = { written: [], failed: [] };
  for (const fix of plan.fixes) {
    const reason = applyFix(fix, path.resolve(cwd, fix.file));
    if (reason === undefined) applied.written.push({ file: fix.file, events: fix.events });
    else applied.failed.push({ file: fix.file, reason });
  }
  return applied;
}

/** Undefined when written, else why not. */
function applyFix(fix: FileFix, absolutePath: string): string | undefined {
  const bom = fix.byteOrderMark ? UTF8_BOM : '';
  try {
    // Through a symbolic link, the file it points to is the one to change.
    const target = fs.realpathSync(absolutePath);
    if (!fs.readFileSync(target).equals(Buffer.from(bom + fix.before))) return 'changed since the fixes were planned';
    writeAtomically(target, Buffer.from(bom + fix.after));
    return undefined;
  } catch (error) {
    return `cannot be written (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
  }
}

function writeAtomically(target: string, bytes: Buffer): void {
  const temporary = path.join(
    path.dirname(target),
    `.${path.basename(target)}.ws-gap-${process.pid}-${randomBytes(4).toString('hex')}.tmp`,
  );
  const { mode } = fs.statSync(target);
  try {
    fs.writeFileSync(temporary, bytes, { flag: 'wx' });
    fs.chmodSync(temporary, mode & 0o7777);
    fs.renameSync(temporary, target);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}
