// The zone switch's own bundle (React included), built apart from every page's scripts (ZoneSwitchButton.astro imports
// its URL with Vite's `?worker&url`, which bundles a module with all its dependencies into one file) and added to the
// page only when the visitor asks. It mounts the island in each `[data-zone-switch]`, starting from `data-initial`.
import { createRoot } from 'react-dom/client';
import type { Locale } from '../vocabulary/locale.ts';
import ZoneSwitch, { type ZoneChoice } from './ZoneSwitch.tsx';

for (const el of document.querySelectorAll<HTMLElement>('[data-zone-switch]')) {
  if (el.dataset.mounted) continue;
  el.dataset.mounted = 'true';
  const initial = (el.dataset.initial ?? 'visitor') as ZoneChoice;
  createRoot(el).render(<ZoneSwitch clientZone={el.dataset.clientZone ?? 'UTC'} locale={(el.dataset.locale ?? 'en') as Locale} initial={initial} />);
}
