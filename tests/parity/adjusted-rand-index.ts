/**
 * Adjusted Rand index of two partitions of the same items (1 = the same partition, about 0 = no
 * more agreement than chance): how close our louvain clusters come to bibliometrix's, which no
 * seed can reproduce (R's RNG).
 */
export function adjustedRandIndex(a: readonly number[], b: readonly number[]): number {
  const n = a.length;
  if (n < 2) return 1;
  const pairs = (x: number) => (x * (x - 1)) / 2;
  const table = new Map<string, number>();
  const ra = new Map<number, number>();
  const rb = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    table.set(`${a[i]}|${b[i]}`, (table.get(`${a[i]}|${b[i]}`) ?? 0) + 1);
    ra.set(a[i]!, (ra.get(a[i]!) ?? 0) + 1);
    rb.set(b[i]!, (rb.get(b[i]!) ?? 0) + 1);
  }
  const index = [...table.values()].reduce((s, x) => s + pairs(x), 0);
  const sa = [...ra.values()].reduce((s, x) => s + pairs(x), 0);
  const sb = [...rb.values()].reduce((s, x) => s + pairs(x), 0);
  const expected = (sa * sb) / pairs(n);
  const max = (sa + sb) / 2;
  return max === expected ? 1 : (index - expected) / (max - expected);
}
