import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../vocabulary/locale.ts';
import { COMPONENT_STATUSES } from '../../vocabulary/status.ts';
import { en } from './en.ts';
import { messages } from './index.ts';

/** Every leaf of a catalogue: its path, and its value (a function is called with sample figures). */
function leaves(value: unknown, path = ''): Array<[string, unknown]> {
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [[path, value]];
}

describe.each(LOCALES.filter((l) => l !== 'en'))('the %s catalogue', (locale) => {
  const t = messages(locale);

  it('has exactly the keys of the English one (the type check says so too; this names them)', () => {
    expect(leaves(t).map(([p]) => p)).toEqual(leaves(en).map(([p]) => p));
  });

  it('translates the words: no string is left empty, and the status names differ from English', () => {
    for (const [path, v] of leaves(t)) {
      const text = typeof v === 'function' ? String((v as (...a: unknown[]) => unknown)('2', '3', '4')) : String(v);
      expect(text.trim(), path).not.toBe('');
    }
    for (const s of COMPONENT_STATUSES) expect(t.status[s]).not.toBe(en.status[s]);
  });
});

it('English is the default', () => {
  expect(messages()).toBe(en);
  expect(messages('de').status.operational).toBe('Betriebsbereit');
});

it('English words are the vocabulary’s and Statuspage’s own, written once', async () => {
  const { STATUS_LABEL } = await import('../../vocabulary/status.ts');
  const { OVERALL_STATUS } = await import('../status/rollup.ts');
  const { INCIDENT_UPDATE_LABEL, MAINTENANCE_STATE_LABEL } = await import('../format/labels.ts');
  for (const s of COMPONENT_STATUSES) {
    expect(en.status[s]).toBe(STATUS_LABEL[s]);
    expect(en.overall[s]).toBe(OVERALL_STATUS[s].description);
  }
  expect(en.updateStatus).toEqual(INCIDENT_UPDATE_LABEL);
  expect(en.maintenanceState).toEqual(MAINTENANCE_STATE_LABEL);
});

/**
 * Words German uses as they are (loanwords, names, units): the only places a German value may read as the English
 * one does. Anything else equal to English is a string left untranslated.
 */
const SAME_IN_GERMAN = new Set([
  'clientNav.standards', // "Standards & SLA"
  'clientNav.status', // "Status"
  'dayByDay.status',
  'report.status',
  'clock.24x7.short', // "24×7"
  'zone.utc', // "UTC"
  'incident.postmortem', // "Postmortem": the German IT word
  'maintenance.calendarAfter', // " (iCalendar)."
  'subscribe.badges', // "Badges": the German word for them too
  'subscribe.badge',
  'subscribe.badgeSvg',
]);

it('German leaves no interface string in English, but for the words German writes the same', () => {
  const text = (v: unknown) => (typeof v === 'function' ? String((v as (...a: unknown[]) => unknown)('2', '3', '4', '5', '6')) : String(v));
  const german = new Map(leaves(messages('de')));
  const same = leaves(en)
    .filter(([path, v]) => text(v) === text(german.get(path)))
    .map(([path]) => path);
  expect(same.filter((p) => !SAME_IN_GERMAN.has(p)), 'untranslated').toEqual([]);
  // And the list stays true: a loanword translated after all leaves the list.
  expect([...SAME_IN_GERMAN].filter((p) => !same.includes(p)), 'no longer the same').toEqual([]);
});

it('the English feed names are the outputs’ own titles, and the badge names theirs', async () => {
  const { CLIENT_FEEDS, BADGE_TITLE } = await import('../outputs/paths.ts');
  for (const key of Object.keys(CLIENT_FEEDS) as Array<keyof typeof CLIENT_FEEDS>) expect(en.feeds[key]).toBe(CLIENT_FEEDS[key].title);
  expect(en.subscribe.badgeTitle).toEqual(BADGE_TITLE);
});

it('authored text is marked English only on pages in another language', async () => {
  const { authoredLang } = await import('./index.ts');
  expect(authoredLang('de')).toBe('en-GB');
  expect(authoredLang('en')).toBeUndefined();
});
