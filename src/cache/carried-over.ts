import { compareStrings } from '../util/compare.js';

/**
 * Values by key, from the last scan to the next: what the last scan stored can be looked up, and
 * what this scan used (looked up or added) is what it stores, so an entry never grows with every
 * change.
 */
export class CarriedOver<T> {
  private readonly used = new Map<string, T>();

  constructor(private readonly earlier: Readonly<Record<string, T>> = {}) {}

  /** The last scan's value for `key`; kept for the next scan when there is one. */
  take(key: string): T | undefined {
    const value = Object.hasOwn(this.earlier, key) ? this.earlier[key] : undefined;
    if (value !== undefined) this.used.set(key, value);
    return value;
  }

  keep(key: string, value: T): void {
    this.used.set(key, value);
  }

  /** What this scan used, by key in order (the same entry bytes for the same values). */
  toStored(): Record<string, T> {
    return Object.fromEntries([...this.used].sort(([a], [b]) => compareStrings(a, b)));
  }
}
