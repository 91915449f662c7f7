import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDir, contentRoot, pinnedNow } from './env.ts';

describe('contentDir and contentRoot', () => {
  it.each([
    ['unset', {}, 'content'],
    ['relative', { UPKEEP_CONTENT: 'test/fixtures/minimal' }, 'test/fixtures/minimal'],
    ['absolute', { UPKEEP_CONTENT: '/tmp/c' }, '/tmp/c'],
  ])('%s', (_, env, dir) => {
    expect(contentDir(env)).toBe(dir);
    expect(contentRoot('/srv/upkeep', env)).toBe(resolve('/srv/upkeep', dir));
  });
});

describe('pinnedNow', () => {
  it.each([
    ['unset', {}, undefined],
    ['empty', { UPKEEP_NOW: '' }, undefined],
    ['an ISO time', { UPKEEP_NOW: '2026-03-01T12:00:00+01:00' }, new Date('2026-03-01T11:00:00Z')],
  ])('%s', (_, env, expected) => expect(pinnedNow(env)).toEqual(expected));

  it('names the variable and the value when it is not a time', () => {
    expect(() => pinnedNow({ UPKEEP_NOW: 'tomorrow' })).toThrow('UPKEEP_NOW: expected an ISO 8601 time, got "tomorrow"');
  });
});
