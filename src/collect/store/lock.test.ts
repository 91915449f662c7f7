import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquirePullLock, PullLockedError } from './lock.ts';

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
