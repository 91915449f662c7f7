// The standards pages state no figure of content/agency.yaml by hand (issue 10 §3): they render targets, hours and
// contacts through MDX components, so a change to agency.yaml changes every page. This fails on a page that types one.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { agencySchema } from '../src/schemas/agency.ts';
import { findHandTypedFigures } from '../src/validate/standards-figures.ts';
import { REPO } from './helpers/run.ts';

const agency = agencySchema.parse(parse(readFileSync(join(REPO, 'content/agency.yaml'), 'utf8')));
const dir = join(REPO, 'content/standards');
const body = (file: string) => readFileSync(join(dir, file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');

describe('findHandTypedFigures', () => {
  it.each<[string, string, RegExp]>([
    ['a hand-typed targets table row', '| P1 Critical | 30 minutes | 4 hours | 24x7 |', /<Targets \/>/],
    ['a target in prose', 'We aim to restore a P2 within 8 hours on the business clock.', /<Target priority="P2"/],
    ['a target in words', 'A P4 is restored within five working days.', /<Target priority="P4"/],
    ['a phone number', 'Ring us on 020 7946 0130 at any time.', /<Contacts \/>/],
    ['a phone number written without spaces', 'Ring 02079460199 for a P1.', /<Contacts \/>/],
    ['an e-mail address', 'Write to support@example.com.', /<Contacts \/>/],
    ['the support hours', 'We work from 09:00 on weekdays.', /<SupportHours \/>/],
    ['the warranty', 'The warranty lasts 30 days.', /<Warranty \/>/],
  ])('finds %s', (_, text, use) => {
    const found = findHandTypedFigures(`Intro.\n\n${text}\n`, agency);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 3 });
    expect(found[0]!.use).toMatch(use);
  });

  it.each([
    ['the components themselves', '<Targets />\n\nA working day is <SupportHours part="day" />.'],
    ['an update cadence, not a target', 'We post updates at least every hour for a P1 and every two hours for a P2.'],
    ['a figure of the method, not of agency.yaml', 'A restore 24 seconds over a 4-hour target is shown as 4 h 01 min.'],
    ['a priority without a figure', 'A P1 outside support hours goes to the on-call engineer.'],
  ])('leaves alone %s', (_, text) => expect(findHandTypedFigures(text, agency)).toEqual([]));
});

describe.each(readdirSync(dir).filter((f) => f.endsWith('.mdx')))('content/standards/%s', (file) => {
  it('states no target, hour or contact of agency.yaml by hand', () => {
    expect(findHandTypedFigures(body(file), agency).map((f) => `line ${f.line}: ${f.text} → use ${f.use}`)).toEqual([]);
  });
});
