import { describe, expect, it } from 'vitest';
import { noteText, type FixNote } from '../../src/fix/index.js';
import { at, event } from '../report/make-result.js';
import { handledAt, handlerAt, planFor, unhandled } from './fix-result.js';

describe('what the plan notes instead of editing', () => {
  it('a likely intended name for each handler of a dead event, in location order', () => {
    const plan = planFor({}, [
      event('pipline_status', {
        status: 'dead-handler',
        didYouMean: 'pipeline_status',
        handled: [at('static/b.js', 9, { column: 14 }), at('static/a.js', 4, { column: 15 })],
      }),
      event('deployment_status', { status: 'dead-handler', handled: [at('static/a.js', 2)] }),
    ]);
    expect(plan.fixes).toEqual([]);
    expect(plan.notes).toEqual([
      { kind: 'did-you-mean', event: 'pipline_status', handler: { file: 'static/a.js', line: 4, column: 15 }, suggestion: 'pipeline_status' },
      { kind: 'did-you-mean', event: 'pipline_status', handler: { file: 'static/b.js', line: 9, column: 14 }, suggestion: 'pipeline_status' },
    ]);
    expect(plan.notes.map(noteText)).toEqual([
      "handler for 'pipline_status' at static/a.js:4: did you mean 'pipeline_status'?",
      "handler for 'pipline_status' at static/b.js:9: did you mean 'pipeline_status'?",
    ]);
  });

  it('no stub when no frontend file handles a server event, nor for a dynamic name', () => {
    const plan = planFor({}, [unhandled('lonely', 4), { ...unhandled('job_*', 5), dynamic: true }]);
    expect(plan).toEqual({ fixes: [], notes: [{ kind: 'no-handler-file', event: 'lonely' }] });
    expect(noteText(plan.notes[0]!)).toBe("no handler stub for 'lonely': no frontend file handles server events yet");
  });

  it('no stub when the target file dispatches through a handler map', () => {
    const plan = planFor({ 'static/app.js': 'handlers[msg.type]?.(msg);\n' }, [
      handledAt('a', at('static/app.js', 1, { via: 'handlers[msg.type]' })),
      unhandled('b', 2),
    ]);
    expect(plan.notes).toEqual([{ kind: 'unsupported-style', event: 'b', file: 'static/app.js', via: 'handlers[msg.type]' }]);
    expect(noteText(plan.notes[0]!)).toBe(
      "no handler stub for 'b': static/app.js handles events with handlers[msg.type], which a stub cannot be written in",
    );
  });

  it('no stub when the target file is gone or does not parse', () => {
    const missing = planFor({}, [handledAt('a', at('static/gone.js', 1)), unhandled('b', 2)]);
    const broken = planFor({ 'static/broken.js': 'wsManager.on(\'a\', onA);\n}}}\n' }, [
      handledAt('a', at('static/broken.js', 1, { column: 14 })),
      unhandled('b', 2),
    ]);
    expect([...missing.notes, ...broken.notes].map(noteText)).toEqual([
      "no handler stub for 'b': static/gone.js cannot be read (ENOENT)",
      "no handler stub for 'b': static/broken.js cannot be parsed: Unexpected token (2:0)",
    ]);
  });

  it('no stub when no handler is where the scan saw it any more', () => {
    const source = "wsManager.on('a', onA);\n";
    const plan = planFor({ 'static/app.js': source }, [
      handledAt('a', { ...handlerAt('static/app.js', source, "'a'"), line: 7 }),
      unhandled('b', 2),
    ]);
    const expected: FixNote[] = [{ kind: 'no-insertion-point', event: 'b', file: 'static/app.js', via: 'wsManager.on' }];
    expect(plan).toEqual({ fixes: [], notes: expected });
    expect(noteText(plan.notes[0]!)).toBe(
      "no handler stub for 'b': no place next to the wsManager.on handlers in static/app.js (changed since the scan?)",
    );
  });
});
