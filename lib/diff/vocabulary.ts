import type { TermKey } from './terms';

/**
 * Term keys to dense ids (0, 1, 2, … in order of first sight): character pairs (integers) in an
 * open-addressing table of typed arrays, other terms in a Map. The pairs are nearly all of a
 * Chinese report's terms, and a Map of them was a tenth of the diff's time.
 */
export class Vocabulary {
  size = 0;
  private keys: Int32Array;
  private ids: Int32Array;
  /** 32 − log2(table size): the product's high bits index the table. */
  private shift: number;
  private readonly strings = new Map<string, number>();

  constructor(expected: number) {
    let capacity = 1024;
    while (capacity < expected * 2) capacity *= 2;
    this.keys = new Int32Array(capacity).fill(-1);
    this.ids = new Int32Array(capacity);
    this.shift = 32 - Math.log2(capacity);
  }

  /** The id of `key`, or -1. */
  find(key: TermKey): number {
    if (typeof key === 'string') return this.strings.get(key) ?? -1;
    const slot = this.slot(key);
    return this.keys[slot] === key ? this.ids[slot] : -1;
  }

  /** The id of `key`, given the next id if it is new. */
  add(key: TermKey): number {
    if (typeof key === 'string') {
      let id = this.strings.get(key);
      if (id === undefined) { id = this.size++; this.strings.set(key, id); }
      return id;
    }
    let slot = this.slot(key);
    if (this.keys[slot] === key) return this.ids[slot];
    if ((this.size + 1) * 2 > this.keys.length) { this.grow(); slot = this.slot(key); }
    this.keys[slot] = key;
    this.ids[slot] = this.size;
    return this.size++;
  }

  /** The slot holding `key`, or the empty slot where it goes (linear probing; keys are ≥ 0, -1 is empty). */
  private slot(key: number): number {
    const mask = this.keys.length - 1;
    // Fibonacci hashing: the high bits of the product, as many as the table needs.
    let slot = Math.imul(key, 0x9e3779b1) >>> this.shift;
    while (this.keys[slot] !== -1 && this.keys[slot] !== key) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const { keys, ids } = this;
    this.keys = new Int32Array(keys.length * 2).fill(-1);
    this.ids = new Int32Array(keys.length * 2);
    this.shift--;
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === -1) continue;
      const slot = this.slot(keys[i]);
      this.keys[slot] = keys[i];
      this.ids[slot] = ids[i];
    }
  }
}
