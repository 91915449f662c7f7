/**
 * The one script every page carries: the theme toggle. It sits inline in the page head, before the stylesheet, so a
 * visitor's saved choice is applied before the first paint (no flash of the other theme); the Content-Security-Policy
 * allows it by its SHA-256 hash (src/lib/hosting/security-headers.ts), never by 'unsafe-inline'.
 *
 * Without JavaScript nothing changes: the page follows prefers-color-scheme through CSS alone, and the toggle, which
 * could do nothing, stays hidden (global.css shows it only under `html.js`).
 *
 * What it does: reads `localStorage[THEME_STORAGE_KEY]` ('light' or 'dark', absent = follow the system) and sets
 * `data-theme` on <html>; marks <html> with the class `js`; on a click on `[data-theme-toggle]`, switches to the theme
 * not shown, saves it, and keeps the button's aria-pressed (pressed = dark) true to what is on screen.
 */
export const THEME_STORAGE_KEY = 'upkeep-theme';

// Written by hand, small on purpose (about 0.5 kB, under 0.3 kB gzip, on every page): no build step touches it, so the
// hash computed from this very string is the hash of what the page carries. localStorage may throw (storage disabled);
// `ariaPressed` reflects to aria-pressed (ARIA 1.2 reflection).
export const THEME_SCRIPT = [
  `(()=>{let d=document.documentElement,k=${JSON.stringify(THEME_STORAGE_KEY)},m=matchMedia("(prefers-color-scheme: dark)"),t;`,
  'try{t=localStorage[k]}catch(e){}',
  'if(t=="light"||t=="dark")d.dataset.theme=t;',
  'd.classList.add("js");',
  'let dark=()=>(d.dataset.theme||(m.matches?"dark":"light"))=="dark",',
  's=()=>document.querySelectorAll("[data-theme-toggle]").forEach(b=>b.ariaPressed=dark());',
  'addEventListener("DOMContentLoaded",s);m.addEventListener("change",s);',
  'addEventListener("click",e=>{if(!e.target.closest?.("[data-theme-toggle]"))return;',
  'd.dataset.theme=dark()?"light":"dark";try{localStorage[k]=d.dataset.theme}catch(e){}s()})})()',
].join('');
