import { describe, expect, it } from 'vitest';
import { unzonedTimes, withZone } from './zoned-times.ts';

describe('unzonedTimes finds times of day that do not name their zone', () => {
  it.each<[string, string[]]>([
    ['The banner has worked in every browser since 16:10 yesterday.', ['16:10']],
    ['including the 10:00 opening rush', ['10:00']],
    ['since 16:10 BST yesterday', []],
    ['at 9:05 GMT', []],
    ['at 14:00 CET, 15:00 CEST', []],
    ['um 14:05 MEZ', []],
    ['at 08:00 EST', []],
    ['at 13:05 UTC', []],
    ['at 14:05 UTC+1', []],
    ['at 14:05 GMT-05:00', []],
    ['at 14:05 +01:00', []],
    ['between 02:35–03:10 GMT', []],
    ['from 02:35 to 03:10 BST', []],
    ['from 02:35 to 03:10', ['02:35', '03:10']],
    ['at 14:05 and again at 15:10 BST', ['14:05']],
    // not times: versions, ratios, scores, decimals
    ['upgraded to 3.10.2, with 99.95% uptime and a 1:1000 ratio', []],
    ['nothing here', []],
  ])('%s → %j', (text, times) => expect(unzonedTimes(text).map((t) => t.time)).toEqual(times));
});

describe('withZone', () => {
  it.each([
    ['Fixed at 16:10.', 'Fixed at 16:10 BST.'],
    ['From 02:35 to 03:10, and 04:00 GMT.', 'From 02:35 BST to 03:10 BST, and 04:00 GMT.'],
    ['No times.', 'No times.'],
  ])('%s → %s', (text, expected) => {
    expect(withZone(text, 'BST')).toBe(expected);
    expect(unzonedTimes(withZone(text, 'BST'))).toEqual([]);
  });
});
