/**
 * Open-addressing tables of nonzero 32-bit integer keys (linear probing, Fibonacci hashing):
 * the term scanner's dedup of CJK characters and pairs, and a batch's term numbers. Much
 * cheaper than a Set or Map of numbers past 2^30, which V8 keeps as heap numbers.
 */
export class IntSet {
  protected keys = new Int32Array(1 << 13);
  /** 32 − log2(keys.length): the hash's top bits index the table. */
  protected shift = 19;
  protected size = 0;

  /** The slot of `key`, or of the empty slot where it goes. */
  protected slot(key: number): number {
    const mask = this.keys.length - 1;
    let i = Math.imul(key, 0x9e3779b1) >>> this.shift;
    while (this.keys[i] !== key && this.keys[i] !== 0) i = (i + 1) & mask;
    return i;
  }

  /** Adds `key`; true when it was not there. */
  add(key: number): boolean {
    if (this.size * 2 >= this.keys.length) this.grow();
    const i = this.slot(key);
    if (this.keys[i] === key) return false;
    this.keys[i] = key;
    this.size++;
    return true;
  }

  protected grow(): void {
    const old = this.keys;
    this.keys = new Int32Array(old.length * 2);
    this.shift--;
    this.size = 0;
    for (const k of old) if (k !== 0) this.add(k);
  }
}

/** Nonzero 32-bit keys to nonnegative integers. */
export class IntMap extends IntSet {
  private values = new Int32Array(1 << 13);

  /** The value of `key`, or −1. */
  get(key: number): number {
    const i = this.slot(key);
    return this.keys[i] === key ? this.values[i] : -1;
  }

  set(key: number, value: number): void {
    if (this.size * 2 >= this.keys.length) this.grow();
    const i = this.slot(key);
    if (this.keys[i] !== key) { this.keys[i] = key; this.size++; }
    this.values[i] = value;
  }

  protected override grow(): void {
    const [keys, values] = [this.keys, this.values];
    this.keys = new Int32Array(keys.length * 2);
    this.values = new Int32Array(keys.length * 2);
    this.shift--;
    this.size = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== 0) this.set(keys[i], values[i]);
  }
}
