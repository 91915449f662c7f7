import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapshotFiles } from '../../../test/helpers/content.ts';
import { DAY, makeCheck, makeHistoryV1, MIN, readComponentOnDisk, serializeHistoryV1, T0 } from '../../../test/helpers/history.ts';
import { monitorTimeline } from '../../lib/timeline/monitor-timeline.ts';
import type { HistoryCheck } from '../../schemas/history.ts';
import type { RenameFn } from './atomic-write.ts';
import { openComponent, updateComponent, type UpdateOptions } from './component.ts';
import { dayFolder, historyPath } from './files.ts';
import type { TickInput } from './tick.ts';

const root = () => join(mkdtempSync(join(tmpdir(), 'upkeep-component-')), 'history');
const paths = (historyRoot: string) => ({
  file: historyPath(historyRoot, 'acme', 'www'),
  folder: dayFolder(historyRoot, 'acme', 'www'),
  label: 'history/acme/www.json',
});
async function tick(historyRoot: string, input: TickInput, options: Partial<UpdateOptions> & { now: Date }) {
  const component = await openComponent(paths(historyRoot));
  return updateComponent(component, input, { intervalSeconds: 60, retentionDays: 2, ...options });
}
const checks = (from: number, to: number, status: HistoryCheck['status'] = 'operational') => {
  const out: HistoryCheck[] = [];
  for (let t = from; t < to; t += MIN) out.push(makeCheck({ at: t, status, responseMs: 100 + ((t / MIN) % 7) }));
  return out;
};
const NOON = T0 + 3 * DAY + 720 * MIN; // 2026-01-04T12:00Z

describe('updateComponent on disk', () => {
  it('writes day files and the component file; a tick rewrites only today’s day file', async () => {
    const r = root();
    const first = await tick(r, { observations: { checks: checks(T0 + 2 * DAY, NOON), periods: [] } }, { now: new Date(NOON) });
    expect(first.status === 'written' && first.written).toEqual([
      'history/acme/www/2026-01-03.jsonl',
      'history/acme/www/2026-01-04.jsonl',
      'history/acme/www.json',
    ]);
    const next = await tick(r, { observations: { checks: [makeCheck({ at: NOON })], periods: [] } }, { now: new Date(NOON + MIN) });
    expect(next.status === 'written' && next.written).toEqual(['history/acme/www/2026-01-04.jsonl', 'history/acme/www.json']);
    const onDisk = readComponentOnDisk(r, 'acme', 'www');
    expect(onDisk.days).toEqual(['2026-01-03', '2026-01-04']);
    expect(onDisk.history.timeline).toEqual(monitorTimeline({ periods: [], checks: onDisk.checks, intervalSeconds: 60 }));
  });

  // A crash between the day files and the component file: the next pull must end with the same files as an
  // uninterrupted run, for a source that sends only what is new (the probe) and one that re-sends [since, now).
  describe.each([
    ['a source that sends only the newest check', (now: number, _since: number) => [makeCheck({ at: now, status: now % (2 * MIN) ? 'major_outage' : 'operational' })]],
    ['a source that re-sends everything since the last observation', (now: number, since: number) => checks(since, now + MIN, 'degraded_performance')],
  ])('a crash after the day files, before the component file: %s', (_, source) => {
    it('the next pull repairs it: the same files as an uninterrupted run', async () => {
      const seeded = root();
      await tick(seeded, { observations: { checks: checks(T0 + 2 * DAY, NOON), periods: [] } }, { now: new Date(NOON) });
      const crashed = join(mkdtempSync(join(tmpdir(), 'upkeep-crash-')), 'history');
      cpSync(seeded, crashed, { recursive: true });
      const since = (r: string) => Date.parse(readComponentOnDisk(r, 'acme', 'www').history.lastCheckAt!);
      const crashOnComponentFile: RenameFn = async (from, to) => {
        if (to.endsWith('.json')) throw new Error('simulated crash');
        const { rename } = await import('node:fs/promises');
        await rename(from, to);
      };
      const t1 = NOON + 5 * MIN;
      const t2 = NOON + 9 * MIN;
      await tick(seeded, { observations: { checks: source(t1, since(seeded)), periods: [] } }, { now: new Date(t1) });
      await expect(tick(crashed, { observations: { checks: source(t1, since(crashed)), periods: [] } }, { now: new Date(t1), rename: crashOnComponentFile })).rejects.toThrow(
        'simulated crash',
      );
      // The day file is ahead of the component file now.
      expect(readFileSync(join(crashed, 'acme', 'www', '2026-01-04.jsonl'), 'utf8')).toBe(readFileSync(join(seeded, 'acme', 'www', '2026-01-04.jsonl'), 'utf8'));
      expect(readFileSync(join(crashed, 'acme', 'www.json'), 'utf8')).not.toBe(readFileSync(join(seeded, 'acme', 'www.json'), 'utf8'));

      await tick(seeded, { observations: { checks: source(t2, since(seeded)), periods: [] } }, { now: new Date(t2) });
      await tick(crashed, { observations: { checks: source(t2, since(crashed)), periods: [] } }, { now: new Date(t2) });
      const clean = (files: Record<string, string>) => Object.fromEntries(Object.entries(files).filter(([name]) => !name.endsWith('.tmp')));
      expect(clean(snapshotFiles(crashed))).toEqual(snapshotFiles(seeded));
    });
  });

  it('a crash after a fold, before the folded day file is deleted: the next tick deletes it and changes nothing else', async () => {
    const r = root();
    await tick(r, { observations: { checks: checks(T0 + DAY, NOON), periods: [] } }, { now: new Date(NOON), retentionDays: 3 });
    const leftOver = readFileSync(join(r, 'acme', 'www', '2026-01-02.jsonl'), 'utf8');
    const folded = await tick(r, { failed: true }, { now: new Date(NOON + DAY), retentionDays: 2 });
    expect(folded.status === 'written' && folded.deleted).toEqual(['history/acme/www/2026-01-02.jsonl']);
    const after = snapshotFiles(r);
    // As a crash before the deletion leaves it:
    writeFileSync(join(r, 'acme', 'www', '2026-01-02.jsonl'), leftOver);
    const repaired = await tick(r, { failed: true }, { now: new Date(NOON + DAY), retentionDays: 2 });
    expect(repaired.status === 'written' && [repaired.written, repaired.deleted]).toEqual([[], ['history/acme/www/2026-01-02.jsonl']]);
    expect(snapshotFiles(r)).toEqual(after);
  });

  it('moves a version 1 file’s inline checks into day files on the first write', async () => {
    const r = root();
    const v1 = makeHistoryV1({ intervalSeconds: 60, checks: checks(NOON - 2 * 60 * MIN, NOON) });
    mkdirSync(join(r, 'acme'), { recursive: true });
    writeFileSync(historyPath(r, 'acme', 'www'), serializeHistoryV1(v1));
    await tick(r, { observations: { checks: [makeCheck({ at: NOON })], periods: [] } }, { now: new Date(NOON + MIN) });
    const onDisk = readComponentOnDisk(r, 'acme', 'www');
    expect(onDisk.days).toEqual(['2026-01-04']);
    expect(onDisk.checks).toEqual([...v1.checks, makeCheck({ at: NOON })]);
    expect(onDisk.history.timeline).toEqual(monitorTimeline({ periods: [], checks: onDisk.checks, intervalSeconds: 60 }));
  });

  it('a day file that cannot be read stops the tick with nothing written, naming the file and the line', async () => {
    const r = root();
    await tick(r, { observations: { checks: checks(NOON - 60 * MIN, NOON), periods: [] } }, { now: new Date(NOON) });
    writeFileSync(join(r, 'acme', 'www', '2026-01-04.jsonl'), '{"at":"2026-01-04T11:00:00.000Z","status":"operational","responseMs":1}\n{"at": broken\n');
    const before = snapshotFiles(r);
    await expect(tick(r, { observations: { checks: [makeCheck({ at: NOON })], periods: [] } }, { now: new Date(NOON + MIN) })).rejects.toThrow(
      /^history\/acme\/www\/2026-01-04\.jsonl: line 2: not valid JSON/,
    );
    expect(snapshotFiles(r)).toEqual(before);
  });

  it('refuses to write any file whose text would contain a secret, and writes nothing', async () => {
    const r = root();
    const audit = { at: new Date(NOON).toISOString(), tlsExpiresAt: null, tlsDaysLeft: null, headers: { 'tok_s3cret-value': true } };
    const outcome = await tick(r, { observations: { checks: [makeCheck({ at: NOON })], periods: [], audit } }, { now: new Date(NOON), secrets: ['tok_s3cret-value'] });
    expect(outcome.status).toBe('refused');
    expect(snapshotFiles(join(r, '..'))).toEqual({});
  });
});
