/**
 * Times of day written in staff text (incident updates) must name their zone (issue 10 §5: every time shows its zone):
 * "since 16:10 yesterday" is ambiguous to a client in another zone, "since 16:10 BST yesterday" is not.
 */

/**
 * A clock time: 16:10, 9:05 (hours 0–23, a colon, minutes two digits). Not a part of an offset (+01:00), a ratio
 * (1:1000) or a word; "16.10" is not read as a time, since "2.50" would be too.
 */
const TIME = /(?<![\d:.+\-−\w])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])/g;

/**
 * What may follow a time to name its zone: an abbreviation in capitals (GMT, BST, CET, MESZ, EST, UTC), an offset (UTC+1,
 * GMT-05:00, +01:00, Z), or "local time" / "Uhr" … are not zones and do not count. A range shares its end's zone
 * ("16:10–16:40 BST").
 */
const ZONE_AFTER = /^(?:\s*(?:[-–]|to|bis)\s*([01]?\d|2[0-3])[:][0-5]\d)?\s*(?:(?:UTC|GMT)(?:\s?[+-−]\d{1,2}(?::?\d{2})?)?|[A-Z]{2,5}T|[A-Z]{3,5}\b|Z\b|[+-−]\d{2}:?\d{2}\b)/;

/** A time written without its zone, and where it stands in the text. */
export interface UnzonedTime {
  time: string;
  index: number;
}

/**
 * The times of day in `text` that do not name their zone.
 *
 * @example
 * unzonedTimes('Working normally since 16:10 yesterday.') // → [{ time: '16:10', index: 25 }]
 * unzonedTimes('Working normally since 16:10 BST yesterday.') // → []
 * unzonedTimes('Down 02:35–03:10 GMT.') // → []
 */
export function unzonedTimes(text: string): UnzonedTime[] {
  const found: UnzonedTime[] = [];
  for (const m of text.matchAll(TIME)) {
    const after = text.slice(m.index + m[0].length);
    if (ZONE_AFTER.test(after)) continue;
    // The start of a range takes the zone after its end.
    const range = /^\s*(?:[-–]|to|bis)\s*([01]?\d|2[0-3]):([0-5]\d)/.exec(after);
    if (range && ZONE_AFTER.test(after.slice(range[0].length))) continue;
    found.push({ time: m[0], index: m.index });
  }
  return found;
}

/**
 * `text` with `zone` written after every time that names none: for text copied from another tool (npm run import),
 * where the writer's zone is the page's. The importer notes it, so staff can check.
 *
 * @example withZone('Fixed at 16:10.', 'BST') // → 'Fixed at 16:10 BST.'
 */
export function withZone(text: string, zone: string): string {
  let out = text;
  for (const t of unzonedTimes(text).reverse()) out = `${out.slice(0, t.index + t.time.length)} ${zone}${out.slice(t.index + t.time.length)}`;
  return out;
}
