import type { Severity } from '../model/finding.js';

/** The part of SARIF 2.1.0 ws-gap writes (names as in the specification). */
export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: [SarifRun];
}

export interface SarifRun {
  tool: { driver: SarifDriver };
  originalUriBaseIds: Record<string, { description: SarifMessage }>;
  columnKind: 'utf16CodeUnits';
  results: SarifResult[];
}

export interface SarifDriver {
  name: string;
  version: string;
  informationUri: string;
  rules: SarifRule[];
}

export interface SarifRule {
  id: string;
  name: string;
  shortDescription: SarifMessage;
  fullDescription: SarifMessage;
  help: SarifMessage;
  defaultConfiguration: { level: Severity };
}

export interface SarifResult {
  ruleId: string;
  /** SARIF's way to say a result is silenced in the source (`ws-gap-ignore`). */
  suppressions?: Array<{ kind: 'inSource'; justification?: string }>;
  ruleIndex: number;
  level: Severity;
  message: SarifMessage;
  locations: [{ physicalLocation: SarifPhysicalLocation }];
  relatedLocations?: SarifRelatedLocation[];
  partialFingerprints: Record<string, string>;
}

export interface SarifRelatedLocation {
  id: number;
  physicalLocation: SarifPhysicalLocation;
  message: SarifMessage;
}

export interface SarifPhysicalLocation {
  artifactLocation: { uri: string; uriBaseId: string };
  region: { startLine: number; startColumn: number };
}

export interface SarifMessage {
  text: string;
}
