import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { sweepOgCache } from './og-cache.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

it('keeps the images the build used and removes the others and partial files left by a build that stopped', () => {
  const dir = mkdtempSync(join(tmpdir(), 'upkeep-og-sweep-'));
  dirs.push(dir);
  const now = Date.parse('2026-12-03T12:00:00Z');
  for (const name of ['current.png', 'old-month-figure.png', 'fresh.png.123-1.tmp', 'left.png.99-4.tmp', 'notes.txt']) writeFileSync(join(dir, name), '');
  utimesSync(join(dir, 'fresh.png.123-1.tmp'), new Date(now - 60_000), new Date(now - 60_000));
  utimesSync(join(dir, 'left.png.99-4.tmp'), new Date(now - 2 * 3_600_000), new Date(now - 2 * 3_600_000));
  expect(sweepOgCache(dir, new Set([join(dir, 'current.png')]), now)).toEqual({ kept: 3, removed: 2 });
  expect(readdirSync(dir).sort()).toEqual(['current.png', 'fresh.png.123-1.tmp', 'notes.txt']);
});

it('does nothing when there is no cache yet', () => {
  expect(sweepOgCache(join(tmpdir(), 'upkeep-no-such-cache'), new Set(), 0)).toEqual({ kept: 0, removed: 0 });
});
