/**
 * Attaches a content collection entry to the object pages use, as a property that is not enumerable: `render(x.entry)`
 * reads it, while JSON leaves it out. The pages' cache keys are JSON of their views (./page-keys.ts), and the entry's
 * file is already in the keys' digest of authored content; leaving it out with a replacer function instead made
 * JSON.stringify take its slow path, 3.4 % of a scheduled build (issue 12).
 *
 * @example JSON.stringify(withEntry({ id: 'a' }, entry)) // → '{"id":"a"}', and .entry is the entry
 */
export function withEntry<T extends object, E>(value: T, entry: E): T & { entry: E } {
  return Object.defineProperty(value, 'entry', { value: entry, enumerable: false }) as T & { entry: E };
}
