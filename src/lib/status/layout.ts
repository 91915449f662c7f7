/**
 * How a status page shows its components, so that it stays within its weight budget (15 KB gzip with its CSS and
 * JS, issue 10 and 12) whatever their number, the way large hosted status pages do: ninety day bars per component
 * while there are few; past that, one row of bars per group (each day the worst of its components); past a handful
 * of groups, one row for all. Names are listed while there are few; past that, only the components that are not
 * operational, with a link to the full list (status/components/).
 */

/** Components with bars (upstream providers have none) up to which each gets its own row of bars. */
export const MAX_COMPONENT_ROWS = 8;
/** Groups up to which each gets a row of bars once components do not. */
export const MAX_GROUP_ROWS = 4;
/** Components up to which every one is named on the status page. */
export const MAX_LISTED = 40;

export interface StatusLayout {
  /** Whose rows of bars the page shows. */
  bars: 'component' | 'group' | 'all';
  /** Whether every component is named, or only those not operational (the rest counted, linked to the full list). */
  listing: 'all' | 'not_operational';
}

/**
 * @example
 * statusLayout({ withBars: 5, total: 6, groups: 3 }) // → { bars: 'component', listing: 'all' }
 * statusLayout({ withBars: 12, total: 12, groups: 4 }) // → { bars: 'group', listing: 'all' }
 * statusLayout({ withBars: 300, total: 300, groups: 9 }) // → { bars: 'all', listing: 'not_operational' }
 */
export function statusLayout(counts: { withBars: number; total: number; groups: number }): StatusLayout {
  const listing = counts.total <= MAX_LISTED ? 'all' : 'not_operational';
  if (counts.withBars <= MAX_COMPONENT_ROWS && counts.total <= MAX_LISTED) return { bars: 'component', listing };
  return { bars: counts.groups <= MAX_GROUP_ROWS ? 'group' : 'all', listing };
}
