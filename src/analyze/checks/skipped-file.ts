import type { Check } from './check.js';

export const skippedFile: Check = {
  id: 'skipped-file',
  title: 'File not analysed',
  defaultSeverity: 'note',
  description: 'A file in a scan root that ws-gap could not read or parse, so the events it sends or handles are missing from the results.',
  help: 'Fix what the message names (usually a syntax error), or exclude the file from the scan if it is not part of the application.',
  find: (result) =>
    result.skipped.map((skipped) => ({
      checkId: 'skipped-file',
      location: { file: skipped.file, line: 1, column: 1 },
      relatedLocations: [],
      arguments: { reason: skipped.reason },
    })),
};
