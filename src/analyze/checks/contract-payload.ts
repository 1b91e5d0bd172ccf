import type { Finding } from '../../model/finding.js';
import type { Check } from './check.js';
import { findingEvent } from './event-findings.js';

export const contractPayload: Check = {
  id: 'contract-payload',
  title: 'Payload differs from the contract',
  defaultSeverity: 'warning',
  description: "The code disagrees with the contract's payload schema: a handler reads a field the schema does not define, or a sender leaves out a required field or sends a forbidden one.",
  help: 'Make the payload match the schema, or change the schema if the code is right.',
  find: (result) =>
    result.events.flatMap((event) =>
      (event.schemaMismatches ?? []).map(
        (mismatch): Finding => ({
          checkId: 'contract-payload',
          event: findingEvent(event),
          location: { file: mismatch.file, line: mismatch.line, column: mismatch.column },
          relatedLocations: [],
          arguments: { field: mismatch.field, side: mismatch.side, problem: mismatch.problem },
        }),
      ),
    ),
};
