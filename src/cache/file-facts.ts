import type { DiscoveredFile } from '../discover/discover-files.js';
import type { KnownFacts } from '../discover/load-sources.js';
import type { StoredFileFacts } from '../discover/prefilter/select-files.js';
import { CarriedOver } from './carried-over.js';

/** SHA-256 of a file's bytes → the prefilter facts read from them. */
export type StoredFacts = Readonly<Record<string, StoredFileFacts>>;

/**
 * The prefilter facts of files, by the hash of the bytes they were read from, kept from one scan
 * for the next: a file whose bytes an earlier scan read need not be read again unless it is
 * selected for parsing.
 */
export class FactsByContent implements KnownFacts {
  private readonly facts: CarriedOver<StoredFileFacts>;

  /** `hashes`: absolute path → SHA-256 of the file's bytes, as this scan's key was made from. */
  constructor(
    private readonly hashes: ReadonlyMap<string, string>,
    earlier: StoredFacts = {},
  ) {
    this.facts = new CarriedOver(earlier);
  }

  get(file: DiscoveredFile): StoredFileFacts | undefined {
    const hash = this.hashes.get(file.absolutePath);
    return hash === undefined ? undefined : this.facts.take(hash);
  }

  remember(file: DiscoveredFile, facts: StoredFileFacts): void {
    const hash = this.hashes.get(file.absolutePath);
    if (hash !== undefined) this.facts.keep(hash, facts);
  }

  /** The facts of this scan's files only. */
  toStored(): StoredFacts {
    return this.facts.toStored();
  }
}
