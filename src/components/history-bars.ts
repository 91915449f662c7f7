/**
 * The status page's history bars, enhanced where JavaScript runs (HistoryBars.astro). Without it every bar is a plain
 * link to the day-by-day page; with it:
 *
 * - each row of bars is one tab stop; ←/→ move a day, Home/End to the first and last day shown (a roving tabindex,
 *   https://www.w3.org/WAI/ARIA/apg/practices/keyboard-interface/#kbd_roving_tabindex);
 * - a popover shows the day's facts (date, status, uptime, weighted down minutes, incidents linked, maintenance) on
 *   hover, on keyboard focus and on tap or click;
 * - it is dismissible (Esc, the close button, a click or tap elsewhere), hoverable (the pointer can move onto it and
 *   its links) and persistent (it stays until then, or until the pointer or focus leaves both it and the bar):
 *   WCAG 2.2 SC 1.4.13, Content on Hover or Focus.
 *
 * It uses the Popover API (top layer, no z-index fights); a browser without it keeps the plain links.
 */

const HIDE_DELAY_MS = 300;

export function initHistoryBars(doc: Document): void {
  const rows = [...doc.querySelectorAll<HTMLOListElement>('ol[data-bars]')];
  if (rows.length === 0 || typeof HTMLElement.prototype.showPopover !== 'function') return;

  const pop = doc.createElement('div');
  pop.className = 'day-pop';
  pop.id = 'day-pop';
  pop.setAttribute('popover', 'manual');
  pop.setAttribute('role', 'dialog');
  doc.body.append(pop);

  let current: HTMLAnchorElement | undefined;
  let pinned = false;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  /** Set while focus goes back to the bar after a dismissal, so that focusing it does not reopen the popover. */
  let returning = false;

  const barLinks = (row: Element) =>
    [...row.querySelectorAll<HTMLAnchorElement>(':scope > li > a')].filter((a) => a.offsetParent !== null);

  /** One tab stop per row: the bar last focused if it is still shown, else today. */
  function resetTabStops() {
    for (const row of rows) {
      const shown = barLinks(row);
      const keep = shown.find((a) => a.getAttribute('tabindex') === '0') ?? shown.at(-1);
      for (const a of row.querySelectorAll<HTMLAnchorElement>(':scope > li > a')) a.tabIndex = a === keep ? 0 : -1;
    }
  }

  function fill(bar: HTMLAnchorElement) {
    const text = bar.textContent ?? '';
    const split = text.indexOf(': ');
    const date = split > 0 ? text.slice(0, split) : text;
    const facts = split > 0 ? text.slice(split + 2).split(', ') : [];
    pop.replaceChildren();
    pop.setAttribute('aria-label', date);
    const head = doc.createElement('p');
    head.className = 'day-pop-date';
    head.textContent = date;
    const list = doc.createElement('ul');
    list.className = 'day-pop-facts';
    for (const fact of facts) {
      const li = doc.createElement('li');
      li.textContent = fact;
      list.append(li);
    }
    pop.append(head, list);
    const events = bar.parentElement?.querySelector('.day-events');
    if (events) {
      const copy = events.cloneNode(true) as HTMLElement;
      copy.hidden = false;
      pop.append(copy);
    }
    const more = doc.createElement('a');
    more.href = bar.href;
    more.className = 'day-pop-more';
    more.textContent = 'Day by day';
    const close = doc.createElement('button');
    close.type = 'button';
    close.className = 'day-pop-close';
    close.setAttribute('aria-label', 'Close');
    close.textContent = '×';
    close.addEventListener('click', () => hide(true));
    const foot = doc.createElement('p');
    foot.className = 'day-pop-foot';
    foot.append(more);
    pop.append(foot, close);
  }

  function place(bar: HTMLElement) {
    const r = bar.getBoundingClientRect();
    const width = pop.offsetWidth;
    const height = pop.offsetHeight;
    const margin = 8;
    const left = Math.min(Math.max(margin, r.left + r.width / 2 - width / 2), doc.documentElement.clientWidth - width - margin);
    const above = r.top - height - margin;
    const top = above >= margin ? above : r.bottom + margin;
    pop.style.left = `${Math.round(left)}px`;
    pop.style.top = `${Math.round(top)}px`;
  }

  function show(bar: HTMLAnchorElement, pin: boolean) {
    clearTimeout(hideTimer);
    if (current !== bar || !pop.matches(':popover-open')) {
      current?.removeAttribute('aria-expanded');
      current = bar;
      fill(bar);
      // In the DOM right after the row, so Tab goes from the bar into the popover's links, then on.
      bar.closest('ol')?.after(pop);
      if (!pop.matches(':popover-open')) pop.showPopover();
      place(bar);
    }
    pinned = pinned || pin;
    bar.setAttribute('aria-controls', pop.id);
    bar.setAttribute('aria-expanded', 'true');
  }

  function hide(returnFocus = false) {
    clearTimeout(hideTimer);
    if (pop.matches(':popover-open')) pop.hidePopover();
    pinned = false;
    const bar = current;
    bar?.removeAttribute('aria-expanded');
    if (returnFocus && bar && (pop.contains(doc.activeElement) || doc.activeElement === doc.body)) {
      returning = true;
      bar.focus({ preventScroll: true });
      returning = false;
    }
  }

  function hideSoon() {
    if (pinned) return;
    clearTimeout(hideTimer);
    hideTimer = setTimeout(() => {
      const focusInside = pop.contains(doc.activeElement) || doc.activeElement === current;
      if (!pop.matches(':hover') && !current?.matches(':hover') && !focusInside) hide();
    }, HIDE_DELAY_MS);
  }

  const barOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLAnchorElement>('ol[data-bars] > li > a') : null);

  for (const row of rows) {
    row.addEventListener('pointerover', (e) => {
      const bar = barOf(e.target);
      if (bar && (e as PointerEvent).pointerType === 'mouse' && !pinned) show(bar, false);
    });
    row.addEventListener('pointerout', (e) => {
      if ((e as PointerEvent).pointerType === 'mouse') hideSoon();
    });
    row.addEventListener('focusin', (e) => {
      const bar = barOf(e.target);
      if (!bar) return;
      for (const a of row.querySelectorAll<HTMLAnchorElement>(':scope > li > a')) a.tabIndex = a === bar ? 0 : -1;
      if (!returning) show(bar, pinned);
    });
    row.addEventListener('focusout', () => hideSoon());
    row.addEventListener('click', (e) => {
      const bar = barOf(e.target);
      if (!bar) return;
      // A tap or click keeps the facts open instead of leaving the page; "Day by day" in the popover still goes there.
      e.preventDefault();
      if (pinned && current === bar) hide();
      else {
        pinned = false;
        show(bar, true);
      }
    });
    row.addEventListener('keydown', (e) => {
      const bar = barOf(e.target);
      if (!bar) return;
      const shown = barLinks(row);
      const i = shown.indexOf(bar);
      const next = e.key === 'ArrowRight' ? shown[i + 1] : e.key === 'ArrowLeft' ? shown[i - 1] : e.key === 'Home' ? shown[0] : e.key === 'End' ? shown.at(-1) : undefined;
      if (next) {
        e.preventDefault();
        next.focus();
      } else if (e.key === 'Escape' && pop.matches(':popover-open')) {
        e.preventDefault();
        hide();
      }
    });
  }

  pop.addEventListener('pointerleave', () => hideSoon());
  pop.addEventListener('pointerenter', () => clearTimeout(hideTimer));
  pop.addEventListener('focusout', () => hideSoon());
  pop.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      hide(true);
    }
  });
  // Esc dismisses wherever focus is (the pointer may be hovering with focus elsewhere).
  doc.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && pop.matches(':popover-open')) hide(pop.contains(doc.activeElement));
  });
  doc.addEventListener('pointerdown', (e) => {
    if (!pop.matches(':popover-open')) return;
    const t = e.target as Node;
    if (!pop.contains(t) && !barOf(e.target)) hide();
  });
  addEventListener('resize', () => {
    resetTabStops();
    if (current && pop.matches(':popover-open')) place(current);
  });
  addEventListener('scroll', () => current && pop.matches(':popover-open') && place(current), { passive: true });
  resetTabStops();
}
