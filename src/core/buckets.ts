/** Linear-time grouping of events: counting sort instead of per-day or per-week scans of all rows. */

/** Values grouped by key: the values of key k are `values[offsets[k] .. offsets[k + 1])`. */
export interface Buckets {
  offsets: Int32Array;
  values: Int32Array;
}

/**
 * Groups `values[i]` (without `values`, i itself) by `key[i]` in 0…keys−1; a negative key
 * leaves it out. The values themselves are moved, not their indices, so that reading a bucket
 * walks memory in order: with 600,000 events, indirection through an index was most of the
 * cost. Keys come as an array, not a function: a function per caller made this loop
 * polymorphic, and each caller's first call ran unoptimised.
 */
export function bucketBy(key: Int32Array, keys: number, values?: Int32Array): Buckets {
  const length = key.length;
  const offsets = new Int32Array(keys + 1);
  for (let i = 0; i < length; i++) if (key[i] >= 0) offsets[key[i] + 1]++;
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
 * The number of distinct members (bucketed values) in each bucket, and in each of `groups`
 * groups of buckets (bucket k is in group groupOf[k]): days and the weeks they make up, in
 * one pass. Groups must not decrease along the buckets, as weeks along days: a stamp per
 * member remembers the last bucket and group that counted it. Without `groupOf`, each bucket
 * is its own group.
 */
export function distinctMembers(
  buckets: Buckets,
  memberCount: number,
  groups = buckets.offsets.length - 1,
  groupOf: Int32Array | null = null,
): DistinctCounts {
  const { offsets, values } = buckets;
  const keys = offsets.length - 1;
  const bucketStamp = new Int32Array(memberCount).fill(-1);
  const groupStamp = new Int32Array(memberCount).fill(-1);
  const perBucket = new Array<number>(keys).fill(0);
  const perGroup = new Array<number>(groups).fill(0);
  for (let k = 0; k < keys; k++) {
    const g = groupOf ? groupOf[k] : k;
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
