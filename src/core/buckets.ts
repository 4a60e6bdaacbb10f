/** Linear-time grouping of events: counting sort instead of per-day or per-week scans of all rows. */

/** Items grouped by key: the items of key k are `items[offsets[k] .. offsets[k + 1])`. */
export interface Buckets {
  offsets: Int32Array;
  items: Int32Array;
}

/** Groups item indices 0…length−1 by `keyOf(i)` in 0…keys−1; a negative key leaves the item out. */
export function bucketBy(length: number, keys: number, keyOf: (i: number) => number): Buckets {
  const offsets = new Int32Array(keys + 1);
  const key = new Int32Array(length);
  for (let i = 0; i < length; i++) {
    const k = keyOf(i);
    key[i] = k;
    if (k >= 0) offsets[k + 1]++;
  }
  for (let k = 0; k < keys; k++) offsets[k + 1] += offsets[k];
  const next = offsets.slice(0, keys);
  const items = new Int32Array(offsets[keys]);
  for (let i = 0; i < length; i++) if (key[i] >= 0) items[next[key[i]]++] = i;
  return { offsets, items };
}

/**
 * The number of distinct members in each group of buckets (by default each bucket is its own
 * group). Groups must not decrease along the buckets, as weeks along days: a stamp per member
 * remembers the last group that counted it.
 */
export function distinctMembers(
  buckets: Buckets,
  members: Int32Array,
  memberCount: number,
  groups = buckets.offsets.length - 1,
  groupOf: (bucket: number) => number = (k) => k,
): number[] {
  const keys = buckets.offsets.length - 1;
  const stamp = new Int32Array(memberCount).fill(-1);
  const counts = new Array<number>(groups).fill(0);
  for (let k = 0; k < keys; k++) {
    const g = groupOf(k);
    for (let j = buckets.offsets[k]; j < buckets.offsets[k + 1]; j++) {
      const m = members[buckets.items[j]];
      if (stamp[m] !== g) {
        stamp[m] = g;
        counts[g]++;
      }
    }
  }
  return counts;
}
