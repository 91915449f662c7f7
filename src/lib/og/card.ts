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
/** The card's background: the renderer fills the canvas with it. */
export const OG_PAPER = '#ffffff';
const PAPER = OG_PAPER;
const BRAND = '#0550ae';

/** Bumped whenever the drawing changes, so cached images of the old drawing are not reused. 2: RGB, drawn by strips. */
export const OG_TEMPLATE_VERSION = 2;

export interface Element {
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

/** The card's frame: an accent bar on top, then a column padded by PADDING whose groups are spread over its height. */
export const OG_BAR_HEIGHT = 24;
export const OG_PADDING = { top: 56, right: 72, bottom: 48, left: 72 } as const;
/** What every line inherits from the card. */
const PAGE = { background: PAPER, fontFamily: 'Inter', color: INK } as const;

/**
 * The card as the renderer draws it: the accent colour of the bar, and the groups of lines that the column spreads
 * from its top to its bottom (justify-content: space-between), each group a stack of lines. Each line is drawn on its
 * own (src/data/og-render-worker.ts), so a line many cards share (a client's name, a month, the footer) is drawn once.
 */
export interface OgDrawing {
  accent: string;
  groups: Element[][];
}

export function ogDrawing(card: OgCard): OgDrawing {
  const accent = card.status ? OG_STATUS_COLOR[card.status] : BRAND;
  return {
    accent,
    groups: [
      [
        el('div', { fontSize: 32, color: MUTED, display: 'flex' }, clamp(card.eyebrow, 60)),
        el('div', { fontSize: 68, fontWeight: 700, lineHeight: 1.15, marginTop: 20, display: 'flex' }, clamp(card.title, 90)),
      ],
      [
        el('div', { display: 'flex', alignItems: 'center', fontSize: 40, color: accent, fontWeight: 700 }, [
          ...(card.status ? [el('div', { width: 28, height: 28, borderRadius: 14, background: accent, marginRight: 20, display: 'flex' })] : []),
          el('div', { display: 'flex' }, clamp(card.detail, 60)),
        ]),
      ],
      [el('div', { fontSize: 26, color: MUTED, display: 'flex' }, card.footer)],
    ],
  };
}

/** The whole card as one satori element tree (1200 × 630, Inter 400 and 700): the reference the strips must match. */
export function ogElement(card: OgCard): Element {
  const { accent, groups } = ogDrawing(card);
  const { top, right, bottom, left } = OG_PADDING;
  return el('div', { width: OG_SIZE.width, height: OG_SIZE.height, display: 'flex', flexDirection: 'column', ...PAGE }, [
    // Nothing shrinks (flexShrink 0): lines too tall for the card run past its bottom edge instead of squeezing the bar.
    el('div', { height: OG_BAR_HEIGHT, flexShrink: 0, background: accent, display: 'flex' }),
    el(
      'div',
      { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: `${top}px ${right}px ${bottom}px ${left}px`, justifyContent: 'space-between' },
      groups.map((lines) => el('div', { display: 'flex', flexDirection: 'column', flexShrink: 0 }, lines)),
    ),
  ]);
}

/** Room above and below a line drawn on its own: glyphs reach past their line box (lineHeight 1.15 is tighter than Inter's). */
export const OG_STRIP_BLEED = 16;

/**
 * One line drawn on its own: as wide as the card, with the card's side padding and what the card passes down, and
 * OG_STRIP_BLEED above and below. Its height, less twice the bleed, is the line's height in the card.
 */
export function ogStrip(line: Element): Element {
  const { right, left } = OG_PADDING;
  // satori sizes boxes as CSS's content-box does: the width is the line's, the padding comes on top of it.
  return el('div', { width: OG_SIZE.width - left - right, display: 'flex', flexDirection: 'column', padding: `${OG_STRIP_BLEED}px ${right}px ${OG_STRIP_BLEED}px ${left}px`, ...PAGE }, [line]);
}
