import type { Agency } from '../schemas/agency.ts';

/**
 * Figures typed by hand in a standards page (content/standards/*.mdx) that belong to content/agency.yaml. The pages
 * render every target, hour and contact through MDX components (<Targets />, <Target />, <SupportHours />,
 * <Contacts />, <Escalation />, <Warranty />: src/components/standards/), so the data has one source; a figure typed
 * beside them drifts silently when agency.yaml changes (issue 10 §3). This finds them:
 *
 * - a table row naming a priority (P1–P4) with a duration, or a sentence doing so with a target word (target,
 *   response, restore);
 * - a contact's e-mail address or phone number from agency.yaml (contacts and escalation);
 * - the default support hours' start or end time;
 * - a warranty stated in days.
 */
export interface HandTypedFigure {
  /** Line in the body (1 = the body's first line). */
  line: number;
  /** What was typed. */
  text: string;
  /** Which component renders it from the data instead. */
  use: string;
}

const PRIORITY = /\bP[1-4]\b/;
const DURATION = /\b(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|half an?)[\s-]*(?:working\s+)?(?:minutes?|mins?|hours?|hrs?|h|days?|d)\b/i;
const TARGET_WORD = /\b(?:targets?|respon\w*|restor\w*)\b/i;

/** The body split into units a figure is stated in: each table row, and each sentence of a paragraph or list item. */
function units(body: string): Array<{ line: number; text: string }> {
  const out: Array<{ line: number; text: string }> = [];
  const lines = body.split('\n');
  let para: { line: number; text: string } | undefined;
  const flush = () => {
    if (!para) return;
    for (const sentence of para.text.split(/(?<=[.!?;:])\s+/)) out.push({ line: para.line, text: sentence });
    para = undefined;
  };
  lines.forEach((raw, i) => {
    const text = raw.trim();
    if (/^import\s|^export\s/.test(text)) return;
    if (text === '' || /^#{1,6}\s/.test(text) || /^[-*]\s|^\d+\.\s/.test(text)) flush();
    if (text === '') return;
    if (text.startsWith('|')) {
      flush();
      out.push({ line: i + 1, text });
      return;
    }
    para = para ? { line: para.line, text: `${para.text} ${text}` } : { line: i + 1, text };
  });
  flush();
  return out;
}

/**
 * Every hand-typed figure of agency.yaml in one standards page body, in body order.
 *
 * @example
 * findHandTypedFigures('| P1 Critical | 30 minutes | 4 hours |', agency)
 * // → [{ line: 1, text: '| P1 Critical | 30 minutes | 4 hours |', use: '<Targets /> or <Target priority="P1" kind="…" />' }]
 */
export function findHandTypedFigures(body: string, agency: Pick<Agency, 'contacts' | 'escalation' | 'defaults'>): HandTypedFigure[] {
  const found: HandTypedFigure[] = [];
  const contacts = [...agency.contacts, ...agency.escalation].flatMap((c) => [c.email, c.phone]).filter((v): v is string => !!v);
  const digits = (s: string) => s.replace(/\D/g, '');
  const { start, end } = agency.defaults.supportHours;
  for (const u of units(body)) {
    const priority = PRIORITY.exec(u.text);
    if (priority && DURATION.test(u.text) && (u.text.startsWith('|') || TARGET_WORD.test(u.text))) {
      found.push({ line: u.line, text: u.text, use: `<Targets /> or <Target priority="${priority[0]}" kind="…" />` });
      continue;
    }
    const unitDigits = digits(u.text);
    const contact = contacts.find((c) => (c.includes('@') ? u.text.includes(c) : digits(c).length >= 6 && unitDigits.includes(digits(c))));
    if (contact) {
      found.push({ line: u.line, text: u.text, use: `<Contacts /> or <Escalation /> (${contact} is in content/agency.yaml)` });
      continue;
    }
    const time = [start, end].find((t) => new RegExp(`(?<![\\d:])${t}(?![\\d:])`).test(u.text));
    if (time) {
      found.push({ line: u.line, text: u.text, use: `<SupportHours /> (${time} is in content/agency.yaml)` });
      continue;
    }
    if (/\bwarranty\b/i.test(u.text) && new RegExp(`\\b${agency.defaults.warrantyDays}\\s*days?\\b`).test(u.text)) {
      found.push({ line: u.line, text: u.text, use: '<Warranty />' });
    }
  }
  return found;
}
