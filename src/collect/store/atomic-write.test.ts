import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeStaleTemporaryFiles, writeFileAtomic } from './atomic-write.ts';

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
    const path = join(dir, '2026-01-01.jsonl');
    await writeFileAtomic(path, 'good\n');
    const crash = async () => {
      throw new Error('simulated crash before rename');
    };
    await expect(writeFileAtomic(path, 'next\n', { rename: crash })).rejects.toThrow('simulated crash');
    expect(await readFile(path, 'utf8')).toBe('good\n');
    // The temporary file a crash leaves is cleaned up by the next pull, under the lock; other files are left alone.
    await writeFile(join(dir, 'notes.tmp'), 'not ours');
    expect(await removeStaleTemporaryFiles(dir)).toEqual([`2026-01-01.jsonl.${process.pid}.tmp`]);
    expect((await readdir(dir)).sort()).toEqual(['2026-01-01.jsonl', 'notes.tmp']);
  });
});
