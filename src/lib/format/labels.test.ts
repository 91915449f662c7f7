import { describe, expect, it } from 'vitest';
import { CLOCKS, INCIDENT_UPDATE_STATUSES } from '../../vocabulary/status.ts';
import { CLOCK_LABEL, clockLabel, describeWeights, INCIDENT_UPDATE_LABEL, verdictLabel, WEIGHTED_STATUSES } from './labels.ts';

describe('verdictLabel', () => {
  it.each<[boolean | null, boolean | undefined, string]>([
    [true, undefined, 'Met'],
    [true, true, 'Met'],
    [false, undefined, 'Missed'],
    [false, true, 'Missed (still open)'],
    [null, true, 'Open, within target so far'],
  ])('met %s, open %s → %s', (met, open, expected) => expect(verdictLabel(met, open)).toBe(expected));
});

describe('label tables cover their vocabulary', () => {
  it.each(INCIDENT_UPDATE_STATUSES)('update status %s has a capitalised label', (s) => expect(INCIDENT_UPDATE_LABEL[s]).toMatch(/^[A-Z][a-z]+$/));
  it.each(CLOCKS)('clock %s is named in every form', (c) => {
    const label = CLOCK_LABEL[c];
    expect(label.clock).toMatch(/clock$/);
    expect(label.rule.toLowerCase()).toContain(label.short.toLowerCase());
  });
});

describe('describeWeights reads the weights from the vocabulary', () => {
  it('names each weighted status, worst first', () => {
    expect(WEIGHTED_STATUSES).toEqual(['major_outage', 'partial_outage', 'degraded_performance']);
    expect(describeWeights()).toBe('major outage 1, partial outage 0.3, degraded performance 0');
  });
});

describe('in German', () => {
  it.each<[boolean | null, boolean | undefined, string]>([
    [true, undefined, 'Erreicht'],
    [false, undefined, 'Verfehlt'],
    [false, true, 'Verfehlt (noch offen)'],
    [null, true, 'Offen, bisher im Ziel'],
  ])('met %s, open %s → %s', (met, open, expected) => expect(verdictLabel(met, open, 'de')).toBe(expected));
  it('names the weights with a decimal comma, nouns capitalised', () =>
    expect(describeWeights('de')).toBe('Großer Ausfall 1, Teilausfall 0,3, Eingeschränkte Leistung 0'));
  it('names the clocks', () => {
    expect(clockLabel('business', 'de').clock).toBe('Supportzeiten-Uhr');
    expect(clockLabel('24x7')).toBe(CLOCK_LABEL['24x7']);
  });
});
