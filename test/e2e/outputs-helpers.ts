import { parseFeed } from '@rowanmanning/feed-parser';
import { expect, type APIRequestContext } from '@playwright/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { readdirSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { readFileSync } from 'node:fs';
import type { StatuspageIncident, StatuspageScheduledMaintenance, StatuspageSummary } from '../../src/schemas/statuspage.ts';

/** Every client in the demo content, with the client.yaml facts the tests need. */
export const CLIENTS = readdirSync('content/clients').map((id) => {
  const data = parseYaml(readFileSync(`content/clients/${id}/client.yaml`, 'utf8')) as { name: string; visibility: string; statusDomain?: string };
  return { id, name: data.name, visibility: data.visibility, statusDomain: data.statusDomain };
});
export const PUBLIC_CLIENTS = CLIENTS.filter((c) => c.visibility === 'public');
export const UNLISTED_CLIENTS = CLIENTS.filter((c) => c.visibility !== 'public');

/** GETs a path, expecting 200 and a Content-Type starting with `type`; returns the body as text. */
export async function getText(request: APIRequestContext, path: string, type: string): Promise<string> {
  const response = await request.get(path);
  expect(response.status(), `GET ${path}`).toBe(200);
  expect(response.headers()['content-type'], `Content-Type of ${path}`).toMatch(new RegExp(`^${type.replace(/[+.]/g, '\\$&')}`));
  return response.text();
}

export async function getJson<T>(request: APIRequestContext, path: string): Promise<T> {
  return JSON.parse(await getText(request, path, 'application/json')) as T;
}

/** A feed as a feed reader reads it, after checking it is well-formed XML. */
export function readFeed(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parseFeed(xml);
}

/** The VEVENTs of a calendar as ical.js (an independent parser) reads them. */
export function readCalendar(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return {
    calendar,
    events: calendar.getAllSubcomponents('vevent').map((v) => {
      const event = new ICAL.Event(v);
      return {
        uid: event.uid,
        summary: event.summary,
        start: event.startDate.toJSDate().toISOString(),
        end: event.endDate.toJSDate().toISOString(),
        startIsUtc: event.startDate.zone?.tzid === 'UTC',
        sequence: event.sequence,
        url: String(v.getFirstPropertyValue('url')),
        x: (name: string) => v.getAllProperties(name.toLowerCase()).map((p) => String(p.getFirstValue())),
      };
    }),
  };
}

/** An SVG badge read as XML: its size and what it says to a screen reader. */
export function readSvg(svg: string): { width: number; height: number; label: string } {
  expect(XMLValidator.validate(svg)).toBe(true);
  const root = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(svg).svg as Record<string, string>;
  return { width: Number(root.width), height: Number(root.height), label: root['aria-label'] ?? '' };
}

/** Width and height from a PNG's IHDR chunk, after checking the PNG signature. */
export function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The slug of an incident or maintenance from its shortlink (its page). */
export const slugOf = (shortlink: string): string => new URL(shortlink).pathname.split('/').filter(Boolean).at(-1)!;

/** A record's updates oldest first, with their number: the n of their anchors and feed ids. */
export const numbered = (record: StatuspageIncident | StatuspageScheduledMaintenance) =>
  [...record.incident_updates].reverse().map((u, i) => ({ ...u, n: i + 1 }));

export type { StatuspageIncident, StatuspageScheduledMaintenance, StatuspageSummary };
