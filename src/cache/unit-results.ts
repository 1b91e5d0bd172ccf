import type { ExtractionResult, ExtractionUnit, ExtractOptions } from '../extract/extractor.js';
import { CarriedOver } from './carried-over.js';
import { sha256 } from './sha256.js';

/** Unit key → what extracting the unit gave. */
export type StoredUnitResults = Readonly<Record<string, ExtractionResult>>;

/**
 * Extraction results of units (see `ExtractionUnit`), kept from one scan for the next. A unit
 * refers to nothing outside itself, so what it gives depends only on the tool, the options and
 * its own files: its key is made of those (each file by path, side, language and a hash of its
 * text), and a unit whose key an earlier scan stored is not parsed again.
 */
export class UnitResults {
  private readonly results: CarriedOver<ExtractionResult>;

  constructor(
    private readonly tool: string,
    earlier: StoredUnitResults = {},
  ) {
    this.results = new CarriedOver(earlier);
  }

  private keyOf(unit: ExtractionUnit, options: ExtractOptions): string {
    const files = unit.sources.map((source) => [
      source.path,
      source.absolutePath,
      source.side,
      source.language,
      source.embeddedIn ?? null,
      source.scriptLang ?? null,
      sha256(source.text),
    ]);
    return sha256(JSON.stringify([this.tool, options.emitters, options.listeners, unit.methodsDefinedElsewhere, files]));
  }

  /**
   * Each unit's result, in the units' order: an earlier scan's where the unit's key is stored,
   * else what `extract` gives for the units left (all of them in one call, so they can run in
   * parallel). All are kept for the next scan.
   */
  async resultsOf(
    units: readonly ExtractionUnit[],
    options: ExtractOptions,
    extract: (units: readonly ExtractionUnit[]) => Promise<ExtractionResult[]>,
  ): Promise<ExtractionResult[]> {
    const keys = units.map((unit) => this.keyOf(unit, options));
    const stored = keys.map((key) => this.results.take(key));
    const fresh = await extract(units.filter((_, index) => stored[index] === undefined));
    let nextFresh = 0;
    return keys.map((key, index) => {
      const result = stored[index] ?? fresh[nextFresh++] ?? { sites: [], skipped: [] };
      this.results.keep(key, result);
      return result;
    });
  }

  /** The results of this scan's units only. */
  toStored(): StoredUnitResults {
    return this.results.toStored();
  }
}
