/**
 * A set of offsets 0 … 4,095 (the snapshots of one block having a term), in the smaller of two
 * forms: the sorted offsets (Uint16Array, 2 bytes each) or a bitmap (Uint8Array, 512 bytes).
 */
const BITMAP_BYTES = 512;
/** Past this many offsets the bitmap is smaller. */
const BITMAP_AT = BITMAP_BYTES / 2;

/** The offsets of a set, ascending. */
export function offsetsOf(set: Uint8Array | Uint16Array): number[] {
  if (set instanceof Uint16Array) return Array.from(set);
  const out: number[] = [];
  for (let byte = 0; byte < set.length; byte++) {
    const b = set[byte];
    if (b) for (let bit = 0; bit < 8; bit++) if (b & (1 << bit)) out.push(byte * 8 + bit);
  }
  return out;
}

/** The compact set of sorted, distinct offsets. */
export function setOf(offsets: number[]): Uint8Array | Uint16Array {
  if (offsets.length <= BITMAP_AT) return Uint16Array.from(offsets);
  const bits = new Uint8Array(BITMAP_BYTES);
  for (const o of offsets) bits[o >> 3] |= 1 << (o & 7);
  return bits;
}

/** Whether the offsets are strictly ascending (a batch's new ids are: no sort needed). */
function ascending(offsets: number[]): boolean {
  for (let i = 1; i < offsets.length; i++) if (offsets[i] <= offsets[i - 1]) return false;
  return true;
}

/**
 * `set` with `offsets` added (or removed); null when nothing is left. Adding to a bitmap sets
 * bits in place; adding offsets beyond every stored one (new snapshots have the highest ids)
 * appends without sorting.
 */
export function mergeSet(set: Uint8Array | Uint16Array | null, offsets: number[], add: boolean): Uint8Array | Uint16Array | null {
  if (add && set instanceof Uint8Array) {
    for (const o of offsets) set[o >> 3] |= 1 << (o & 7);
    return set;
  }
  const have = set ? offsetsOf(set) : [];
  let next: number[];
  if (!add) {
    const gone = new Set(offsets);
    next = have.filter((o) => !gone.has(o));
  } else {
    const sorted = ascending(offsets) ? offsets : [...new Set(offsets)].sort((a, b) => a - b);
    next = !have.length || have[have.length - 1] < sorted[0] ? [...have, ...sorted] : [...new Set([...have, ...sorted])].sort((a, b) => a - b);
  }
  return next.length ? setOf(next) : null;
}
