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
