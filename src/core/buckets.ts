/** Linear-time grouping of events: counting sort instead of per-day or per-week scans of all rows. */

/** Values grouped by key: the values of key k are `values[offsets[k] .. offsets[k + 1])`. */
export interface Buckets {
  offsets: Int32Array;
  values: Int32Array;
}

/**
 * Groups `values[i]` (i = 0…length−1; without `values`, i itself) by `keyOf(i)` in
 * 0…keys−1; a negative key leaves it out. The values themselves are moved, not their indices,
 * so that reading a bucket walks memory in order: with 600,000 events, indirection through an
 * index was most of the cost.
 */
export function bucketBy(
  length: number,
  keys: number,
  keyOf: (i: number) => number,
  values?: Int32Array,
): Buckets {
  const offsets = new Int32Array(keys + 1);
  const key = new Int32Array(length);
  for (let i = 0; i < length; i++) {
    const k = keyOf(i);
    key[i] = k;
    if (k >= 0) offsets[k + 1]++;
  }
  for (let k = 0; k < keys; k++) offsets[k + 1] += offsets[k];
  const next = offsets.slice(0, keys);
  const grouped = new Int32Array(offsets[keys]);
  for (let i = 0; i < length; i++) if (key[i] >= 0) grouped[next[key[i]]++] = values ? values[i] : i;
  return { offsets, values: grouped };
}

/** Distinct members per bucket, and per group of buckets (see distinctMembers). */
export interface DistinctCounts {
  perBucket: number[];
  perGroup: number[];
}

/**
 * The number of distinct members (bucketed values) in each bucket, and in each group of
 * buckets: days and the weeks they make up, in one pass. Groups must not decrease along the
 * buckets, as weeks along days: a stamp per member remembers the last bucket and group that
 * counted it. Without `groupOf`, each bucket is its own group.
 */
export function distinctMembers(
  buckets: Buckets,
  memberCount: number,
  groups = buckets.offsets.length - 1,
  groupOf: (bucket: number) => number = (k) => k,
): DistinctCounts {
  const { offsets, values } = buckets;
  const keys = offsets.length - 1;
  const bucketStamp = new Int32Array(memberCount).fill(-1);
  const groupStamp = new Int32Array(memberCount).fill(-1);
  const perBucket = new Array<number>(keys).fill(0);
  const perGroup = new Array<number>(groups).fill(0);
  for (let k = 0; k < keys; k++) {
    const g = groupOf(k);
    for (let j = offsets[k]; j < offsets[k + 1]; j++) {
      const m = values[j];
      if (bucketStamp[m] === k) continue;
      bucketStamp[m] = k;
      perBucket[k]++;
      if (groupStamp[m] !== g) {
        groupStamp[m] = g;
        perGroup[g]++;
      }
    }
  }
  return { perBucket, perGroup };
}
