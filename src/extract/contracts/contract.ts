import type { ContractFormat, Direction } from '../../model/result.js';
import type { SourceLocation } from '../../model/site.js';

/** Contracts describe events that cross the socket; client-local events are never in one. */
export type ContractDirection = Exclude<Direction, 'client-local'>;

export const CONTRACT_DIRECTIONS: readonly ContractDirection[] = ['server-to-client', 'client-to-server'];

/** One expected event, where the contract declares it (the position of its name). */
export interface ContractEvent extends SourceLocation {
  name: string;
  direction: ContractDirection;
  category?: string;
  /** AsyncAPI: the message's payload JSON Schema, for payload checks. */
  payloadSchema?: unknown;
  /** TypeScript event maps: the listener's parameter types, as written. */
  parameterTypes?: string[];
}

export interface Contract {
  /** Path relative to the current directory, with `/` separators. */
  file: string;
  format: ContractFormat;
  /** In declaration order, each name once per direction. */
  events: ContractEvent[];
  warnings: string[];
}

/** A contract file as a loader receives it. */
export interface ContractSource {
  /** Path relative to the current directory, with `/` separators (what reports and errors show). */
  path: string;
  absolutePath: string;
  /** Decoded text, byte-order mark removed. */
  text: string;
  /** Declarations in other files (an imported interface, say) are shown relative to this folder. */
  cwd: string;
}

/** What a format's loader returns: every declaration, duplicates included (the index removes them). */
export interface LoadedContract {
  format: ContractFormat;
  events: ContractEvent[];
  warnings: string[];
}
