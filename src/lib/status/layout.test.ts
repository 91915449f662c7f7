import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_COMPONENT_ROWS, MAX_GROUP_ROWS, MAX_LISTED, statusLayout } from './layout.ts';

describe('statusLayout', () => {
  it.each([
    [{ withBars: 5, total: 6, groups: 3 }, { bars: 'component', listing: 'all' }],
    [{ withBars: 8, total: 8, groups: 2 }, { bars: 'component', listing: 'all' }],
    [{ withBars: 9, total: 9, groups: 2 }, { bars: 'group', listing: 'all' }],
    [{ withBars: 12, total: 12, groups: 7 }, { bars: 'all', listing: 'all' }],
    [{ withBars: 2, total: 41, groups: 2 }, { bars: 'group', listing: 'not_operational' }],
    [{ withBars: 300, total: 300, groups: 4 }, { bars: 'group', listing: 'not_operational' }],
    [{ withBars: 300, total: 300, groups: 5 }, { bars: 'all', listing: 'not_operational' }],
    [{ withBars: 300, total: 300, groups: 9 }, { bars: 'all', listing: 'not_operational' }],
  ] as const)('%o → %o', (counts, layout) => expect(statusLayout(counts)).toEqual(layout));

  it('bounds the rows of bars and the names listed, whatever the numbers', () => {
    fc.assert(
      fc.property(fc.nat(2000), fc.nat(2000), fc.integer({ min: 1, max: 50 }), (a, b, groups) => {
        const total = Math.max(a, b);
        const withBars = Math.min(a, b);
        const layout = statusLayout({ withBars, total, groups });
        const rows = layout.bars === 'component' ? withBars : layout.bars === 'group' ? groups : 1;
        expect(rows).toBeLessThanOrEqual(Math.max(MAX_COMPONENT_ROWS, MAX_GROUP_ROWS));
        if (layout.listing === 'all') expect(total).toBeLessThanOrEqual(MAX_LISTED);
        if (total <= MAX_LISTED) expect(layout.listing).toBe('all');
      }),
    );
  });
});
