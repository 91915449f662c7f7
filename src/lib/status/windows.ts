/**
 * How far back the status page looks. Pages and standards text read these rather than typing the numbers, so the
 * words and the bars cannot disagree.
 */

/** Days of history bars on a status page, ending today in the client's zone. */
export const STATUS_HISTORY_DAYS = 90;

/** Days (× 24 h) up to now in which resolved incidents are listed as recently resolved. */
export const RECENTLY_RESOLVED_DAYS = 14;
