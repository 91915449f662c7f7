/**
 * The zone switch (issue 10 §5): every time on a client's page is rendered in the client's zone, naming it; this lets
 * the visitor read them in their own zone, or in UTC, and remembers the choice. It rewrites the text of every
 * `<time data-zoned>` (FormattedDate.astro) with the same formatter the build uses, so a time reads alike either way.
 *
 * React only where a visitor interacts (DESIGN.md), and only when they ask: ZoneSwitchButton.astro loads this module
 * when the visitor presses its button (or has chosen a zone before), so no page ships React at first view.
 */
import { useEffect, useId, useState } from 'react';
import type { Locale } from '../vocabulary/locale.ts';
import { formatDate, formatDateTime, formatTime } from '../lib/format/datetime.ts';
import { messages } from '../lib/i18n/index.ts';

export type ZoneChoice = 'client' | 'visitor' | 'utc';

/** Where the visitor's choice is remembered between pages. */
export const ZONE_STORAGE_KEY = 'upkeep:zone';

export interface ZoneSwitchProps {
  /** The client's IANA zone: the one the build rendered every time in. */
  clientZone: string;
  locale: Locale;
  /** What to show first: the visitor pressed the button, so their own zone, or what they chose before. */
  initial: ZoneChoice;
}

/** The visitor's own zone, as their browser reports it. */
function visitorZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Rewrites every zoned time on the page in `zone`. */
export function applyZone(doc: Document, zone: string, locale: Locale): void {
  for (const el of doc.querySelectorAll<HTMLTimeElement>('time[data-zoned]')) {
    const iso = el.dateTime;
    if (!iso || Number.isNaN(Date.parse(iso))) continue;
    const format = el.dataset.zoned;
    el.textContent = format === 'date' ? formatDate(iso, zone, locale) : format === 'time' ? formatTime(iso, zone, locale) : formatDateTime(iso, zone, locale);
  }
}

export default function ZoneSwitch({ clientZone, locale, initial }: ZoneSwitchProps) {
  const t = messages(locale).zone;
  const id = useId();
  const [choice, setChoice] = useState<ZoneChoice>(initial);
  const mine = visitorZone();
  const zones: Record<ZoneChoice, string> = { client: clientZone, visitor: mine, utc: 'UTC' };

  useEffect(() => {
    applyZone(document, zones[choice], locale);
    try {
      if (choice === 'client') localStorage.removeItem(ZONE_STORAGE_KEY);
      else localStorage.setItem(ZONE_STORAGE_KEY, choice);
    } catch {
      // Storage may be off (private windows): the choice then lasts for this page only.
    }
  }, [choice]);

  return (
    <p className="zone-switch-control">
      <label htmlFor={id}>{t.label}</label>{' '}
      <select id={id} value={choice} onChange={(e) => setChoice(e.currentTarget.value as ZoneChoice)} data-zone-choice>
        <option value="client">{t.client(clientZone)}</option>
        {mine !== clientZone && <option value="visitor">{t.visitor(mine)}</option>}
        <option value="utc">{t.utc}</option>
      </select>
    </p>
  );
}
