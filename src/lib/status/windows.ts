/**
 * How far back the status page looks. Pages and standards text read these rather than typing the numbers, so the
 * words and the bars cannot disagree.
 */

/** Days of history bars on a status page, ending today in the client's zone. */
export const STATUS_HISTORY_DAYS = 90;

/**
 * The spans a status page shows by the width it has, shortest first, the last being STATUS_HISTORY_DAYS: 30 days on a
 * phone, 60 on a tablet, 90 on a wide screen, so the bars never overflow and stay wide enough to see (issue 10).
 */
export const STATUS_HISTORY_WINDOWS = [30, 60, STATUS_HISTORY_DAYS] as const;

/** Days (× 24 h) up to now in which resolved incidents are listed as recently resolved. */
export const RECENTLY_RESOLVED_DAYS = 14;

/**
 * Minutes after which a status page warns that its monitor data may be out of date, when agency.yaml does not say
 * (`statusPage.staleAfter`): an hour, four missed runs of a 15-minute schedule.
 */
export const DEFAULT_STALE_AFTER_MINUTES = 60;
