/**
 * Distinct ids numbered 0, 1, 2… in order of first sight: the member-id dictionary that every
 * activity row goes through.
 *
 * A Map did the same job, but one Map lookup per activity row was a third of reading a large
 * export (npm run bench): its entries and keys are scattered objects, several cache misses
 * per lookup. Here a lookup touches one slot of a flat hash table (the hash and the entry
 * side by side) and the id's code units, packed in one array in order of numbering.
 */

// Read once: where the bundle runs in node:vm (tests, the bench) every global lookup is slow.
const { imul } = Math;

/** 32-bit FNV-1a over UTF-16 code units, with a final mix so that the low bits vary too. */
function hashOf(id: string): number {
  let h = 0x811c9dc5 ^ id.length;
  for (let i = 0; i < id.length; i++) h = imul(h ^ id.charCodeAt(i), 0x01000193);
  h ^= h >>> 15;
  return imul(h, 0x2c1b3c6d) ^ (h >>> 12);
}

export class IdTable {
  /** The ids, each at its number. */
  readonly ids: string[] = [];
  /** Per slot: the hash, then entry number + 1 (0 = empty). Never more than half full. */
  private slots: Int32Array;
  private mask: number;
  /** Entry e's code units are units[starts[e] .. starts[e + 1]). */
  private starts: Int32Array;
  private units: Uint16Array;

  /**
   * `expected`: about how many ids will be added, when known. Sized for them at once, the
   * table is never doubled: each doubling re-places every slot in fresh memory.
   */
  constructor(expected = 0) {
    let capacity = 1024;
    while (capacity < 2 * expected + 2) capacity *= 2;
    this.slots = new Int32Array(2 * capacity);
    this.mask = capacity - 1;
    this.starts = new Int32Array(Math.max(expected, 1024) + 1);
    this.units = new Uint16Array(8 * Math.max(expected, 1024));
  }

  get size(): number {
    return this.ids.length;
  }

  /** The number of `id`, or -1 when it was never added. */
  find(id: string): number {
    return this.slots[2 * this.slotOf(id, hashOf(id)) + 1] - 1;
  }

  /** The number of `id`, numbering it when it is new. */
  add(id: string): number {
    const hash = hashOf(id);
    const slot = this.slotOf(id, hash);
    const found = this.slots[2 * slot + 1] - 1;
    return found >= 0 ? found : this.insert(id, hash, slot);
  }

  /** The slot holding `id`, or the empty slot where it would go. */
  private slotOf(id: string, hash: number): number {
    const { slots, mask, starts, units } = this;
    const n = id.length;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[2 * slot + 1] - 1;
      if (entry < 0) return slot;
      if (slots[2 * slot] !== hash) continue;
      const start = starts[entry];
      if (starts[entry + 1] - start !== n) continue;
      let i = 0;
      while (i < n && units[start + i] === id.charCodeAt(i)) i++;
      if (i === n) return slot;
    }
  }

  private insert(id: string, hash: number, slot: number): number {
    const entry = this.ids.length;
    this.ids.push(id);
    if (entry + 2 > this.starts.length) this.starts = grown(this.starts, entry + 2);
    const start = this.starts[entry];
    if (start + id.length > this.units.length) this.units = grown(this.units, start + id.length);
    for (let i = 0; i < id.length; i++) this.units[start + i] = id.charCodeAt(i);
    this.starts[entry + 1] = start + id.length;
    this.slots[2 * slot] = hash;
    this.slots[2 * slot + 1] = entry + 1;
    if (2 * this.ids.length > this.mask) this.rehash();
    return entry;
  }

  /** Doubles the table; slots keep their hashes, so no id is hashed again. */
  private rehash(): void {
    const old = this.slots;
    const mask = 2 * this.mask + 1;
    const slots = new Int32Array(2 * (mask + 1));
    for (let at = 0; at < old.length; at += 2) {
      if (old[at + 1] === 0) continue;
      let slot = old[at] & mask;
      while (slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
      slots[2 * slot] = old[at];
      slots[2 * slot + 1] = old[at + 1];
    }
    this.slots = slots;
    this.mask = mask;
  }
}

/** A copy of `array` at least `length` long (doubling, so that growth costs linear time). */
function grown<A extends Int32Array | Uint16Array>(array: A, length: number): A {
  const bigger = new (array.constructor as new (n: number) => A)(Math.max(2 * array.length, length));
  bigger.set(array);
  return bigger;
}
