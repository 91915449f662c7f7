import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeCheck, makeHistoryV1, T0 } from '../../test/helpers/history.ts';
import { HistoryFormatError } from './errors.ts';
import { migrateHistory } from './migrate.ts';
import { buildHistoryPath, readHistoryForBuild } from './read-for-build.ts';

const root = mkdtempSync(join(tmpdir(), 'upkeep-read-history-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Writes `text` as acme/<component>.json under the temp history root and returns its path. */
function write(component: string, text: string): string {
  const path = buildHistoryPath(root, 'acme', component);
  mkdirSync(join(root, 'acme'), { recursive: true });
  writeFileSync(path, text);
  return path;
}

const v1 = makeHistoryV1({ checks: [makeCheck({ at: T0 }), makeCheck({ at: T0 + 300_000, status: 'major_outage' })] });
const v2 = migrateHistory(v1, 'x').history;

describe('readHistoryForBuild', () => {
  it('is content/history/<client>/<component>.json', () => {
    expect(buildHistoryPath('content/history', 'acme', 'www')).toBe(join('content/history', 'acme', 'www.json'));
  });

  it.each([
    ['version 2 as it is', v2],
    ['version 1, migrated as the pull migrates it', v1],
  ])('reads %s', async (_, data) => {
    const path = write('www', JSON.stringify(data));
    expect(await readHistoryForBuild(path, 'content/history/acme/www.json')).toEqual(v2);
  });

  it('returns undefined for a component without a history file', async () => {
    expect(await readHistoryForBuild(join(root, 'acme', 'none.json'), 'content/history/acme/none.json')).toBeUndefined();
  });

  it('never reads the raw day files beside it', async () => {
    const path = write('api', JSON.stringify(v2));
    mkdirSync(join(root, 'acme', 'api'), { recursive: true });
    writeFileSync(join(root, 'acme', 'api', '2026-01-01.jsonl'), 'not JSON at all\n');
    expect(await readHistoryForBuild(path, 'content/history/acme/api.json')).toEqual(v2);
  });

  it.each([
    ['not JSON', '{ "version": 2,', /^content\/history\/acme\/bad\.json: expected JSON: /],
    ['a bad field', JSON.stringify({ ...v2, timeline: [{ ...v2.timeline[0], status: 'sideways' }] }), /^content\/history\/acme\/bad\.json: version 2: timeline\.0\.status: .*expected one of/],
    ['a missing field', JSON.stringify({ ...v2, timeline: undefined }), /version 2: timeline: .*expected array/],
    ['a newer version', JSON.stringify({ ...v2, version: 3 }), /version 3 is newer than this Upkeep reads/],
  ])('refuses %s, naming the file, the field and what was expected', async (_, text, message) => {
    const path = write('bad', text);
    const read = readHistoryForBuild(path, 'content/history/acme/bad.json');
    await expect(read).rejects.toThrow(HistoryFormatError);
    await expect(readHistoryForBuild(path, 'content/history/acme/bad.json')).rejects.toThrow(message);
  });

  it('names the file when it cannot be read', async () => {
    // A folder where the file should be: EISDIR, not "no history".
    mkdirSync(join(root, 'acme', 'folder.json'), { recursive: true });
    await expect(readHistoryForBuild(join(root, 'acme', 'folder.json'), 'content/history/acme/folder.json')).rejects.toThrow(
      /^content\/history\/acme\/folder\.json: could not be read/,
    );
  });
});
