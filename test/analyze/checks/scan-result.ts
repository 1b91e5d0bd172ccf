import { crossReference } from '../../../src/analyze/cross-reference.js';
import type { ScanResult } from '../../../src/model/result.js';
import type { Site, SkippedFile } from '../../../src/model/site.js';
import { makeResult } from '../../report/make-result.js';

/** The result the analyzer builds from these sites, so checks see rows laid out the real way. */
export function resultOf(sites: readonly Site[], skipped: SkippedFile[] = []): ScanResult {
  return makeResult(
    crossReference(sites).map((event) => ({ ...event, category: 'Uncategorised' })),
    skipped,
  );
}
