import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeCheck, makeHistory, T0 } from '../../../test/helpers/history.ts';
import { removeStaleTemporaryFiles, writeFileAtomic } from './atomic-write.ts';
import { readHistoryFile, writeHistoryFile } from './files.ts';
import { serializeHistoryV1 as serializeHistory } from '../../history/serialize.ts';

const tempDir = () => mkdtemp(join(tmpdir(), 'upkeep-atomic-'));

describe('writeFileAtomic', () => {
  it('replaces the file', async () => {
    const dir = await tempDir();
    const path = join(dir, 'www.json');
    await writeFile(path, 'old\n');
    await writeFileAtomic(path, 'new\n');
    expect(await readFile(path, 'utf8')).toBe('new\n');
    expect(await readdir(dir)).toEqual(['www.json']);
  });

  it('a crash between the write and the rename leaves the last good file', async () => {
    const dir = await tempDir();
    const path = join(dir, 'www.json');
    const good = makeHistory({ checks: [makeCheck({ at: T0 })] });
    await writeHistoryFile(path, good);
    const crash = async () => {
      throw new Error('simulated crash before rename');
    };
    const next = makeHistory({ checks: [makeCheck({ at: T0 }), makeCheck({ at: T0 + 300_000 })] });
    await expect(writeHistoryFile(path, next, { rename: crash })).rejects.toThrow('simulated crash');
    expect(await readFile(path, 'utf8')).toBe(serializeHistory(good));
    expect((await readHistoryFile(path))!.history).toEqual(good);
    // The temporary file a crash leaves is cleaned up by the next pull, under the lock.
    expect(await removeStaleTemporaryFiles(dir)).toEqual([`www.json.${process.pid}.tmp`]);
    expect(await readdir(dir)).toEqual(['www.json']);
  });
});

describe('writeHistoryFile', () => {
  it('does not touch a file whose bytes would not change', async () => {
    const dir = await tempDir();
    const path = join(dir, 'acme', 'www.json');
    const h = makeHistory();
    expect(await writeHistoryFile(path, h)).toBe(true);
    const previousText = await readFile(path, 'utf8');
    const refuse = async () => {
      throw new Error('should not write');
    };
    expect(await writeHistoryFile(path, h, { previousText, rename: refuse })).toBe(false);
  });
});
