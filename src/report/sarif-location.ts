import type { SourceLocation } from '../model/site.js';
import type { SarifPhysicalLocation } from './sarif-log.js';

/** Report paths are relative to the folder ws-gap ran from; SARIF names that folder `%SRCROOT%`. */
export const SOURCE_ROOT = '%SRCROOT%';

export function physicalLocation(location: SourceLocation): SarifPhysicalLocation {
  return {
    artifactLocation: { uri: relativeUri(location.file), uriBaseId: SOURCE_ROOT },
    region: { startLine: location.line, startColumn: location.column },
  };
}

/**
 * A report path as a relative URI reference: each segment percent-encoded, `/` kept. A lone
 * surrogate cannot be encoded (`encodeURIComponent` throws), so it becomes U+FFFD first.
 */
export function relativeUri(file: string): string {
  return file
    .split('/')
    .map((segment) => encodeURIComponent(segment.replace(/\p{Cs}/gu, '\uFFFD')))
    .join('/');
}
