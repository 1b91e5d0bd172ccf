import { createHash } from 'node:crypto';
import type { Finding } from '../model/finding.js';

/** Bump the version when the key changes, so old and new fingerprints never get mixed up. */
export const FINGERPRINT_NAME = 'wsGap/v1';

/**
 * A fingerprint per finding (same order) that survives unrelated edits: it hashes what the
 * finding is about (check, event, direction, namespace, file), never a line or column. Findings
 * with the same key (two dynamic names in one file) are told apart by their occurrence, `:1`,
 * `:2`, in report order, the way GitHub numbers its own line hashes.
 */
export function partialFingerprints(findings: readonly Finding[]): Array<Record<string, string>> {
  const occurrences = new Map<string, number>();
  return findings.map((finding) => {
    const hash = fingerprintHash(finding);
    const occurrence = (occurrences.get(hash) ?? 0) + 1;
    occurrences.set(hash, occurrence);
    return { [FINGERPRINT_NAME]: `${hash}:${occurrence}` };
  });
}

function fingerprintHash(finding: Finding): string {
  const key = [finding.checkId, finding.event?.name ?? '', finding.event?.direction ?? '', finding.event?.namespace ?? '', finding.location.file];
  // JSON keeps the parts apart whatever characters they contain.
  return createHash('sha256').update(JSON.stringify(key)).digest('hex');
}
