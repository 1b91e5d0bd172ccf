import type { ExtractionResult, ExtractionUnit, ExtractOptions } from '../extract/extractor.js';
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
  private readonly used = new Map<string, ExtractionResult>();

  constructor(
    private readonly tool: string,
    private readonly earlier: StoredUnitResults = {},
  ) {}

  keyOf(unit: ExtractionUnit, options: ExtractOptions): string {
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

  has(key: string): boolean {
    return this.used.has(key) || Object.hasOwn(this.earlier, key);
  }

  /** A unit extracted by this scan. */
  add(key: string, result: ExtractionResult): void {
    this.used.set(key, result);
  }

  /** A unit's result, found in this scan or an earlier one; it is stored for the next scan. */
  take(key: string): ExtractionResult | undefined {
    const result = this.used.get(key) ?? (Object.hasOwn(this.earlier, key) ? this.earlier[key] : undefined);
    if (result) this.used.set(key, result);
    return result;
  }

  /** The results of this scan's units only, so the stored entry does not grow with every change. */
  toStored(): StoredUnitResults {
    return Object.fromEntries([...this.used].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }
}
