/**
 * `ws-gap fix`: handler stubs for unhandled server events, inserted next to the handlers of the
 * frontend file that handles most related events. `planFixes` reads, `renderUnifiedDiff` shows,
 * `applyFixes` writes.
 */
export { applyFixes, type AppliedFixes } from './apply-fixes.js';
export type { FileFix, FixNote, FixPlan } from './fix-plan.js';
export { noteText } from './fix-notes.js';
export { planFixes } from './plan-fixes.js';
export { renderUnifiedDiff } from './unified-diff.js';
