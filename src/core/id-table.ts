/**
 * Distinct ids numbered 0, 1, 2… in order of first sight: the member-id dictionary that every
 * activity row goes through, and the post ids that resolve a content table's re-exports.
 *
 * A Map did the same job, but its lookups were a third of reading a large export (npm run
 * bench): its entries and keys are scattered objects, several cache misses per lookup. Here
 * a lookup reads one int of a compact table (the entry number and 7 bits of the hash) and the
 * entry's 16-byte key record; ids of up to 12 Latin-1 characters (most exports' ids) are
 * packed into the record, longer ones compared against a pool of code units. Measured on two
 * threads at once, a small table mattered more than fewer arrays.
 */

// Read once: where the bundle runs in node:vm (tests, the bench) every global lookup is slow.
const { imul } = Math;

/** A slot: the entry number + 1 in the low 24 bits (0 = empty), 7 bits of the hash above. */
const ENTRY_BITS = 24;
const ENTRY_MASK = (1 << ENTRY_BITS) - 1;
/** The most ids a table can number: 16,777,214. */
const MAX_IDS = ENTRY_MASK - 1;

/**
 * A table asked to number more ids than it can: an export with more distinct member ids than any
 * report can count. A RangeError as before, with a message to show as it is.
 */
export class IdLimitError extends RangeError {
  override name = "IdLimitError";

  /** `what`: the ids the table numbers, as the message names them. */
  constructor(
    readonly limit: number,
    what = "member ids",
  ) {
    super(
      `more than ${limit.toLocaleString("en-US")} distinct ${what}: that is the most one report can count; ` +
        "split the export (by date range or by group) and report on each part",
    );
  }
}

/** The most ids tables number here: MAX_IDS, unless a test lowers it (limitIdsForTests). */
let idLimit = MAX_IDS;

/**
 * For tests only: tables number at most `limit` ids (never more than MAX_IDS), so that the limit
 * can be reached without 16 million ids. Infinity restores the real limit.
 */
export function limitIdsForTests(limit: number): void {
  idLimit = Math.min(MAX_IDS, Math.max(0, Math.floor(limit)));
}
/** A key record: the length (+ PACKED), then 3 words of packed bytes, or the pool start. */
const RECORD = 4;
const PACKED = 1 << 30;
const INLINE = 12;

function hashOf(id: string): number {
  let h = 0x811c9dc5 ^ id.length;
  for (let i = 0; i < id.length; i++) h = imul(h ^ id.charCodeAt(i), 0x01000193);
  h ^= h >>> 15;
  return imul(h, 0x2c1b3c6d) ^ (h >>> 12);
}

/**
 * A table's ids without its slots: all that another table needs to look them up (findKey),
 * in typed arrays that cross to another thread without copying. Id `e`'s record is
 * records[RECORD·e …], its hash hashes[e].
 */
export interface IdKeys {
  size: number;
  records: Int32Array;
  hashes: Int32Array;
  pool: Uint16Array;
}

/** The text of id `entry` (0 ≤ entry < keys.size). */
export function idOf(keys: IdKeys, entry: number): string {
  const at = RECORD * entry;
  const key = keys.records[at];
  const n = key & ~PACKED;
  if (key & PACKED) {
    const codes = new Array<number>(n);
    for (let i = 0; i < n; i++) codes[i] = (keys.records[at + 1 + (i >> 2)] >>> ((i & 3) << 3)) & 0xff;
    return String.fromCharCode(...codes);
  }
  const start = keys.records[at + 1];
  let text = "";
  // In pieces: a spread of a very long id's code units would overflow the stack.
  for (let i = start; i < start + n; i += 4096) {
    text += String.fromCharCode(...keys.pool.subarray(i, Math.min(i + 4096, start + n)));
  }
  return text;
}

/** An IdTable's whole state, to rebuild it on another thread (IdTable.fromParts). */
export interface IdTableParts {
  count: number;
  slots: Int32Array;
  records: Int32Array;
  hashes: Int32Array;
  pool: Uint16Array;
  poolLength: number;
}

export class IdTable {
  /** `what`: the ids it numbers, as a table too full names them (IdLimitError). */
  constructor(private readonly what = "member ids") {}

  /** Ids numbered so far. */
  private count = 0;
  /** Never more than half full. */
  private slots: Int32Array = new Int32Array(1024);
  private mask = 1023;
  /** Per entry; they grow as entries are added. */
  private records: Int32Array = new Int32Array(RECORD * 512);
  /** Each entry's full hash, so that doubling the table reads no id again. */
  private hashes: Int32Array = new Int32Array(512);
  /** Code units of ids too long or too wide to pack. */
  private pool: Uint16Array = new Uint16Array(1024);
  private poolLength = 0;

  get size(): number {
    return this.count;
  }

  /** The table's arrays as they are (posting them to a thread copies them). */
  parts(): IdTableParts {
    const { count, slots, records, hashes, pool, poolLength } = this;
    return { count, slots, records, hashes, pool, poolLength };
  }

  static fromParts(parts: IdTableParts): IdTable {
    const table = new IdTable();
    table.count = parts.count;
    table.slots = parts.slots;
    table.mask = parts.slots.length - 1;
    table.records = parts.records;
    table.hashes = parts.hashes;
    table.pool = parts.pool;
    table.poolLength = parts.poolLength;
    return table;
  }

  /**
   * The keys of the ids numbered so far, valid until the next add. Ids are not kept as
   * strings: 100,000 of them lived through every collection of a large read and then had to
   * be copied between threads.
   */
  keys(): IdKeys {
    return { size: this.count, records: this.records, hashes: this.hashes, pool: this.pool };
  }

  /** The text of the id numbered `entry`. */
  idAt(entry: number): string {
    return idOf(this.keys(), entry);
  }

  /** The number of `id`, or -1 when it was never added. */
  find(id: string): number {
    return (this.slots[this.slotOf(id, hashOf(id))] & ENTRY_MASK) - 1;
  }

  /** The number of `id`, numbering it when it is new. */
  add(id: string): number {
    const hash = hashOf(id);
    const slot = this.slotOf(id, hash);
    const found = (this.slots[slot] & ENTRY_MASK) - 1;
    return found >= 0 ? found : this.insert(id, hash, slot);
  }

  /**
   * The number here of id `entry` of another table's keys, or -1: the stored hash and record
   * are compared as they are, without making the id's string (both tables pack alike).
   */
  findKey(keys: IdKeys, entry: number): number {
    const { slots, mask, records } = this;
    const hash = keys.hashes[entry];
    const tag = hash >>> 25;
    const other = keys.records;
    const at = RECORD * entry;
    const key = other[at];
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const s = slots[slot];
      if (s === 0) return -1;
      if (s >>> ENTRY_BITS !== tag) continue;
      const mine = RECORD * ((s & ENTRY_MASK) - 1);
      if (records[mine] !== key) continue;
      if (key & PACKED) {
        if (
          records[mine + 1] === other[at + 1] &&
          records[mine + 2] === other[at + 2] &&
          records[mine + 3] === other[at + 3]
        )
          return (s & ENTRY_MASK) - 1;
      } else if (this.samePooled(records[mine + 1], keys.pool, other[at + 1], key)) {
        return (s & ENTRY_MASK) - 1;
      }
    }
  }

  /**
   * findKey for every id of `keys`: numbers here, -1 for ids this table lacks. Looked up in
   * the order of their home slots, so that the slots are read front to back rather than at
   * random: with 100,000 ids from another thread, the lookups were mostly cache misses.
   */
  findKeys(keys: IdKeys): Int32Array {
    const found = new Int32Array(keys.size);
    const shift = 6; // slots per group: 64 ints, a few cache lines
    const groups = (this.mask >>> shift) + 1;
    const start = new Int32Array(groups + 1);
    for (let e = 0; e < keys.size; e++) start[((keys.hashes[e] & this.mask) >>> shift) + 1]++;
    for (let g = 0; g < groups; g++) start[g + 1] += start[g];
    const order = new Int32Array(keys.size);
    for (let e = 0; e < keys.size; e++) order[start[(keys.hashes[e] & this.mask) >>> shift]++] = e;
    for (let i = 0; i < keys.size; i++) found[order[i]] = this.findKey(keys, order[i]);
    return found;
  }

  private samePooled(start: number, pool: Uint16Array, otherStart: number, n: number): boolean {
    for (let i = 0; i < n; i++) if (this.pool[start + i] !== pool[otherStart + i]) return false;
    return true;
  }

  /** The slot holding `id`, or the empty slot where it would go. */
  private slotOf(id: string, hash: number): number {
    const { slots, mask } = this;
    const tag = hash >>> 25;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const s = slots[slot];
      if (s === 0) return slot;
      if (s >>> ENTRY_BITS !== tag) continue;
      if (this.matches(RECORD * ((s & ENTRY_MASK) - 1), id)) return slot;
    }
  }

  private matches(at: number, id: string): boolean {
    const n = id.length;
    const key = this.records[at];
    if ((key & ~PACKED) !== n) return false;
    if (key & PACKED) {
      const records = this.records;
      for (let i = 0; i < n; i++) {
        const c = id.charCodeAt(i);
        if (c > 255 || ((records[at + 1 + (i >> 2)] >>> ((i & 3) << 3)) & 0xff) !== c) return false;
      }
      return true;
    }
    const start = this.records[at + 1];
    for (let i = 0; i < n; i++) if (this.pool[start + i] !== id.charCodeAt(i)) return false;
    return true;
  }

  private insert(id: string, hash: number, slot: number): number {
    const entry = this.count;
    if (entry >= idLimit) throw new IdLimitError(idLimit, this.what);
    this.count++;
    const n = id.length;
    let packable = n <= INLINE;
    for (let i = 0; packable && i < n; i++) packable = id.charCodeAt(i) < 256;
    const at = RECORD * entry;
    if (at + RECORD > this.records.length) this.records = grown(this.records, at + RECORD);
    if (entry >= this.hashes.length) this.hashes = grown(this.hashes, entry + 1);
    this.hashes[entry] = hash;
    const records = this.records;
    if (packable) {
      records[at] = n | PACKED;
      records[at + 1] = records[at + 2] = records[at + 3] = 0;
      for (let i = 0; i < n; i++) records[at + 1 + (i >> 2)] |= id.charCodeAt(i) << ((i & 3) << 3);
    } else {
      if (this.poolLength + n > this.pool.length) this.pool = grown(this.pool, this.poolLength + n);
      for (let i = 0; i < n; i++) this.pool[this.poolLength + i] = id.charCodeAt(i);
      records[at] = n;
      records[at + 1] = this.poolLength;
      this.poolLength += n;
    }
    this.slots[slot] = ((hash >>> 25) << ENTRY_BITS) | (entry + 1);
    if (2 * this.count > this.mask) this.rehash();
    return entry;
  }

  /** Doubles the table (log n times in all, each in linear time). */
  private rehash(): void {
    const mask = 2 * this.mask + 1;
    const slots = new Int32Array(mask + 1);
    const hashes = this.hashes;
    for (let entry = 0; entry < this.count; entry++) {
      const hash = hashes[entry];
      let slot = hash & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = ((hash >>> 25) << ENTRY_BITS) | (entry + 1);
    }
    this.slots = slots;
    this.mask = mask;
  }
}

/** A copy of `array` at least `length` long (doubling, so that growth costs linear time). */
export function grown<A extends Int32Array | Uint16Array | Float64Array>(array: A, length: number): A {
  const bigger = new (array.constructor as new (n: number) => A)(Math.max(2 * array.length, length));
  bigger.set(array);
  return bigger;
}
