import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { iso, makeIncident, makeMaintenance } from '../../../test/helpers/factories.ts';
import { entryTitle, feedEntries, renderFeed, type FeedMeta, type FeedSource } from './feed.ts';

const site = 'https://status.agency.example';
const now = new Date('2026-11-22T12:00:00Z');
const source: FeedSource = {
  clientId: 'acme',
  clientName: 'Acme',
  timeZone: 'Europe/London',
  incidents: [
    makeIncident({
      id: '2026-10-24-down',
      title: 'Website down',
      reportedAt: iso('2026-10-24T22:20Z'),
      resolvedAt: iso('2026-10-25T10:15Z'),
      updates: [
        { at: iso('2026-10-24T22:41Z'), status: 'investigating', text: 'Down & out <b>.' },
        { at: iso('2026-10-25T10:15Z'), status: 'resolved', text: 'Closed.' },
      ],
    }),
    makeIncident({ id: '2026-12-01-later', reportedAt: iso('2026-12-01T10:00Z'), updates: [{ at: iso('2026-12-01T10:00Z'), status: 'investigating', text: 'Not yet.' }] }),
  ],
  maintenance: [makeMaintenance({ id: '2026-12-08-upgrade', title: 'Upgrade', start: iso('2026-12-08T02:00Z'), end: iso('2026-12-08T04:00Z'), announcedAt: iso('2026-11-20T10:00Z') })],
};
const entries = feedEntries(source, { site, now });

describe('feed entries', () => {
  it('are every update and notice posted by now, newest first', () => {
    expect(entries.map((e) => [entryTitle(e), e.date.toISOString()])).toEqual([
      ['[Scheduled] Upgrade', '2026-11-20T10:00:00.000Z'],
      ['[Resolved] Website down', '2026-10-25T10:15:00.000Z'],
      ['[Investigating] Website down', '2026-10-24T22:41:00.000Z'],
    ]);
  });
  it('have ids that are anchors on the incident and maintenance pages', () => {
    expect(entries.map((e) => e.id)).toEqual([
      `${site}/clients/acme/maintenance/2026-12-08-upgrade/#notice-1`,
      `${site}/clients/acme/incidents/2026-10-24-down/#update-2`,
      `${site}/clients/acme/incidents/2026-10-24-down/#update-1`,
    ]);
  });
  it('leave out incidents not reported by now', () => expect(entries.some((e) => e.id.includes('later'))).toBe(false));
});

describe.each([
  ['the client feed', false, '[Resolved] Website down'],
  ['the agency feed', true, '[Resolved] Acme: Website down'],
])('entry titles in %s', (_n, withClient, expected) => {
  it(`read "${expected}"`, () => expect(entryTitle(entries[1]!, withClient)).toBe(expected));
});

const meta: FeedMeta = { title: 'Acme: status history', description: 'Incidents and maintenance', link: `${site}/clients/acme/status/`, atomUrl: `${site}/clients/acme/history.atom`, rssUrl: `${site}/clients/acme/history.rss`, now };
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' || name === 'item' || name === 'link' });

describe('rendered feeds', () => {
  it('Atom is well-formed, dated by its newest entry, with an entry per update', () => {
    const xml = renderFeed('atom', meta, entries);
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = parser.parse(xml).feed;
    expect(feed.updated).toBe('2026-11-20T10:00:00.000Z');
    expect(feed.entry.map((e: { id: string }) => e.id)).toEqual(entries.map((e) => e.id));
    expect(feed.entry[2].title['#text'] ?? feed.entry[2].title).toBe('[Investigating] Website down');
    expect(JSON.stringify(feed.entry[2])).toContain('Down &amp; out &lt;b&gt;.');
  });
  it('RSS is well-formed, with guids equal to the Atom ids', () => {
    const xml = renderFeed('rss', meta, entries);
    expect(XMLValidator.validate(xml)).toBe(true);
    const items = parser.parse(xml).rss.channel.item;
    expect(items.map((i: { guid: { '#text': string } | string }) => (typeof i.guid === 'string' ? i.guid : i.guid['#text']))).toEqual(entries.map((e) => e.id));
  });
  it('an empty feed is dated by now', () => {
    expect(parser.parse(renderFeed('atom', meta, [])).feed.updated).toBe(now.toISOString());
  });
  it('is the same text on every build', () => expect(renderFeed('atom', meta, entries)).toBe(renderFeed('atom', meta, feedEntries(source, { site, now }))));
});
