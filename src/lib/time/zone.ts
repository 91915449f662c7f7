import { DateTime } from 'luxon';

/**
 * Checks that `timeZone` is an IANA zone luxon can use, and throws a clear error otherwise.
 * Domain functions call it so that a typo fails the build instead of silently computing in UTC.
 *
 * @example
 * assertTimeZone('Europe/London') // ok
 * assertTimeZone('Europe/Londres') // throws 'unknown time zone "Europe/Londres"…'
 */
export function assertTimeZone(timeZone: string): void {
  if (knownZones.has(timeZone)) return;
  if (!DateTime.fromMillis(0, { zone: timeZone }).isValid) {
    throw new Error(`unknown time zone "${timeZone}": expected an IANA name such as Europe/London`);
  }
  knownZones.add(timeZone);
}

/** Zones already checked: every day and month boundary checks its zone, and a build uses a handful of zones. */
const knownZones = new Set<string>();

/**
 * A luxon DateTime for an instant, in a zone (the zone is checked).
 * @example inZone(new Date('2026-07-01T12:00Z'), 'Europe/London').hour // → 13
 */
export function inZone(instant: Date | number, timeZone: string): DateTime {
  assertTimeZone(timeZone);
  return DateTime.fromMillis(typeof instant === 'number' ? instant : instant.getTime(), { zone: timeZone });
}
