import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquirePullLock, PullLockedError, PullLockUnavailableError } from './lock.ts';

describe('acquirePullLock', () => {
  it('lets one pull in and turns the second away clearly', async () => {
    const root = join(await mkdtemp(join(tmpdir(), 'upkeep-lock-')), 'history');
    const first = await acquirePullLock(root);
    const second = acquirePullLock(root);
    await expect(second).rejects.toThrow(PullLockedError);
    await expect(acquirePullLock(root)).rejects.toThrow(/another pull is running \(lock held at .*\.pull\.lock\)/);
    await first.release();
    const third = await acquirePullLock(root);
    await third.release();
  });
});

describe('acquirePullLock: file-system errors other than "locked"', () => {
  const fsError = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });

  it.each([
    ['a read-only folder', 'EROFS', 'the file system is read-only'],
    ['no inodes left', 'ENOSPC', 'no space or no inodes left on the device'],
    ['no permission', 'EACCES', 'permission denied'],
  ])('%s, when the history folder is made: a clear PullLockUnavailableError naming the lock and the cause', async (_, code, meaning) => {
    const root = join(await mkdtemp(join(tmpdir(), 'upkeep-lock-')), 'history');
    const attempt = acquirePullLock(root, { fs: { mkdir: async () => Promise.reject(fsError(code)) } });
    await expect(attempt).rejects.toThrow(PullLockUnavailableError);
    await expect(acquirePullLock(root, { fs: { mkdir: async () => Promise.reject(fsError(code)) } })).rejects.toThrow(
      `cannot take the pull lock at ${join(root, '.pull.lock')} (${code}: ${meaning}); nothing was pulled or written`,
    );
  });

  it('no inodes left when the lock folder itself is made (proper-lockfile’s mkdir)', async () => {
    const root = join(await mkdtemp(join(tmpdir(), 'upkeep-lock-')), 'history');
    const attempt = acquirePullLock(root, { fs: { lock: async () => Promise.reject(fsError('ENOSPC')) } });
    await expect(attempt).rejects.toThrow(/\(ENOSPC: no space or no inodes left on the device\)/);
  });

  it('a file where the history folder should be (the real file system)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'upkeep-lock-'));
    await writeFile(join(dir, 'history'), 'not a folder');
    await expect(acquirePullLock(join(dir, 'history'))).rejects.toThrow(/cannot take the pull lock at .*history\/\.pull\.lock \((EEXIST|ENOTDIR): /);
  });
});
