import type { ComponentStatus } from '../../vocabulary/status.ts';
import { OG_SIZE } from '../outputs/paths.ts';

/**
 * Open Graph cards: what a link preview of a page shows, as data (OgCard) and as the element tree satori renders
 * (ogElement). Pure; rendering, fonts and the cache are in src/data/og.ts. The card is everything the image shows,
 * so its hash decides whether an image must be rendered again.
 */
export interface OgCard {
  /** Small line above the title: the agency, or the client. */
  eyebrow: string;
  /** The page's subject: "Marlow Outdoor: status", an incident's title, "October 2026 service report". */
  title: string;
  /** One line under it: "Partial System Outage", "Resolved · P1 · 4 h 27 min", "99.402% available · target 99.9%". */
  detail: string;
  /** Colours the accent bar and the detail's dot; none for the agency's card. */
  status?: ComponentStatus;
  /** Bottom line: the site's host. */
  footer: string;
}

/** The accent per status: the status page's light palette (src/styles/global.css). */
export const OG_STATUS_COLOR: Record<ComponentStatus, string> = {
  operational: '#1a7f37',
  degraded_performance: '#9a6700',
  partial_outage: '#bc4c00',
  major_outage: '#cf222e',
  under_maintenance: '#0969da',
  no_data: '#6e7781',
};
const INK = '#1f2328';
const MUTED = '#59636e';
const PAPER = '#ffffff';
const BRAND = '#0550ae';

/** Bumped whenever ogElement's drawing changes, so cached images of the old drawing are not reused. */
export const OG_TEMPLATE_VERSION = 1;

interface Element {
  type: string;
  props: { style?: Record<string, string | number>; children?: Array<Element | string> | Element | string };
}
const el = (type: string, style: Element['props']['style'], children?: Element['props']['children']): Element => ({ type, props: { style, children } });

/** Shortens text to `max` characters on a word boundary, with an ellipsis: satori does not clamp lines. */
export function clamp(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  // The cut ends a word when the next character is a space; otherwise back off to the last space.
  const space = text[cut.length] === ' ' ? cut.length : cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The card as satori's element tree (1200 × 630, Inter 400 and 700). */
export function ogElement(card: OgCard): Element {
  const accent = card.status ? OG_STATUS_COLOR[card.status] : BRAND;
  return el(
    'div',
    { width: OG_SIZE.width, height: OG_SIZE.height, display: 'flex', flexDirection: 'column', background: PAPER, fontFamily: 'Inter', color: INK },
    [
      el('div', { height: 24, background: accent, display: 'flex' }),
      el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '56px 72px 48px', justifyContent: 'space-between' }, [
        el('div', { display: 'flex', flexDirection: 'column' }, [
          el('div', { fontSize: 32, color: MUTED, display: 'flex' }, clamp(card.eyebrow, 60)),
          el('div', { fontSize: 68, fontWeight: 700, lineHeight: 1.15, marginTop: 20, display: 'flex' }, clamp(card.title, 90)),
        ]),
        el('div', { display: 'flex', alignItems: 'center', fontSize: 40, color: accent, fontWeight: 700 }, [
          ...(card.status ? [el('div', { width: 28, height: 28, borderRadius: 14, background: accent, marginRight: 20, display: 'flex' })] : []),
          el('div', { display: 'flex' }, clamp(card.detail, 60)),
        ]),
        el('div', { fontSize: 26, color: MUTED, display: 'flex' }, card.footer),
      ]),
    ],
  );
}
