import type { Finding } from '../../model/finding.js';
import type { Check } from './check.js';
import { findingEvent } from './event-findings.js';

export const fieldMismatch: Check = {
  id: 'field-mismatch',
  title: 'Payload field never sent',
  defaultSeverity: 'warning',
  description: 'A handler reads a payload field that no send site of the event provides, so it is always undefined.',
  help: 'Read the field the sender really provides (often a spelling or case difference), or add it to the payload.',
  find: (result) =>
    result.events.flatMap((event) =>
      event.fieldMismatches.map(
        (mismatch): Finding => ({
          checkId: 'field-mismatch',
          event: findingEvent(event),
          location: { file: mismatch.file, line: mismatch.line, column: mismatch.column },
          relatedLocations: event.sent.map((site) => ({ file: site.file, line: site.line, column: site.column, label: 'send-site' })),
          arguments: { field: mismatch.field, ...(mismatch.closest ? { closest: mismatch.closest } : {}) },
        }),
      ),
    ),
};
