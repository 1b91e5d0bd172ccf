import { escapeControlCharacters } from '../report/format-safe-text.js';
import type { FixNote } from './fix-plan.js';
import { jsString } from './handler-stub.js';

/** One line per note: what `ws-gap fix` did not change, and why. */
export function noteText(note: FixNote): string {
  const noStub = `no handler stub for ${jsString(note.event)}`;
  const file = 'file' in note ? escapeControlCharacters(note.file) : '';
  const via = 'via' in note ? escapeControlCharacters(note.via) : '';
  switch (note.kind) {
    case 'did-you-mean': {
      const at = `${escapeControlCharacters(note.handler.file)}:${note.handler.line}`;
      return `handler for ${jsString(note.event)} at ${at}: did you mean ${jsString(note.suggestion)}?`;
    }
    case 'no-handler-file':
      return `${noStub}: no frontend file handles server events yet`;
    case 'unsupported-style':
      return `${noStub}: ${file} handles events with ${via}, which a stub cannot be written in`;
    case 'unreadable-file':
      return `${noStub}: ${file} ${escapeControlCharacters(note.reason)}`;
    case 'no-insertion-point':
      return `${noStub}: no place next to the ${via} handlers in ${file} (changed since the scan?)`;
  }
}
