/**
 * A bounded memo for pure time-zone computations (day and month boundaries, zone checks): a build asks for the same
 * few zones, days and months on every page, and luxon's zone arithmetic is what large builds spent their time on
 * (issue 12). Values are computed from the key alone, never from a clock, so a cached value is always the right one;
 * the bound only keeps a long-running process (astro dev) from growing without limit.
 */
export function memo<V>(limit = 20_000): (key: string, compute: () => V) => V {
  const values = new Map<string, V>();
  return (key, compute) => {
    const hit = values.get(key);
    if (hit !== undefined || values.has(key)) return hit as V;
    const value = compute();
    if (values.size >= limit) values.clear();
    values.set(key, value);
    return value;
  };
}
