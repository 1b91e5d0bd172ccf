import { ownCopy } from './own-copy.js';

const EMPTY_SLOT = -1;

/**
 * Every distinct identifier of one prefilter run, numbered, with flags saying what it can mean
 * (decided once per name). Identifiers are looked up by their place in a text, in a hash table of
 * their own, so that the millions of identifiers of a large tree are not each copied out first.
 */
export class IdentifierTable {
  readonly names: string[] = [];
  readonly flags: number[] = [];
  private readonly hashes: number[] = [];
  /** Identifier numbers by hash, open addressing; never more than half full. */
  private slots = new Int32Array(1 << 12).fill(EMPTY_SLOT);

  constructor(private readonly flagsOf: (name: string) => number) {}

  number(name: string): number {
    return this.numberAt(name, 0, name.length);
  }

  /** The number of the identifier `text.slice(start, end)`. */
  numberAt(text: string, start: number, end: number): number {
    let hash = 0;
    for (let index = start; index < end; index += 1) hash = (Math.imul(hash, 31) + text.charCodeAt(index)) | 0;
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot] ?? EMPTY_SLOT;
      if (id === EMPTY_SLOT) return this.add(ownCopy(text.slice(start, end)), hash, slot);
      const name = this.names[id] ?? '';
      if (this.hashes[id] === hash && name.length === end - start && text.startsWith(name, start)) return id;
    }
  }

  private add(name: string, hash: number, slot: number): number {
    const id = this.names.length;
    this.names.push(name);
    this.flags.push(this.flagsOf(name));
    this.hashes.push(hash);
    this.slots[slot] = id;
    if (this.names.length * 2 > this.slots.length) this.grow();
    return id;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(EMPTY_SLOT);
    const mask = slots.length - 1;
    this.hashes.forEach((hash, id) => {
      let slot = hash & mask;
      while (slots[slot] !== EMPTY_SLOT) slot = (slot + 1) & mask;
      slots[slot] = id;
    });
    this.slots = slots;
  }
}
