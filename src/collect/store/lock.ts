import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';

/**
 * One pull at a time: the pull holds a lock on the history folder (a `.pull.lock` directory inside it, made with
 * mkdir, which is atomic, by proper-lockfile). A second pull fails at once with PullLockedError instead of waiting.
 * A lock left by a pull that died is considered stale after `staleMs` (proper-lockfile refreshes the lock's mtime
 * while its holder lives), so a crash never blocks the schedule for long.
 */

export class PullLockedError extends Error {
  readonly lockPath: string;
  constructor(lockPath: string) {
    super(`another pull is running (lock held at ${lockPath}); try again when it has finished`);
    this.name = 'PullLockedError';
    this.lockPath = lockPath;
  }
}

/** A held lock. `compromised` is set if the lock was lost while held (its folder removed, mtime taken over). */
export interface PullLock {
  readonly path: string;
  compromised?: Error;
  release(): Promise<void>;
}

/** Path of the lock for a history folder. */
export const lockPathFor = (historyRoot: string) => join(historyRoot, '.pull.lock');

/** Takes the pull lock on `historyRoot` (created if missing) or throws PullLockedError. */
export async function acquirePullLock(historyRoot: string, options: { staleMs?: number } = {}): Promise<PullLock> {
  await mkdir(historyRoot, { recursive: true });
  const path = lockPathFor(historyRoot);
  const held: PullLock = {
    path,
    release: async () => {},
  };
  try {
    const release = await lockfile.lock(historyRoot, {
      lockfilePath: path,
      stale: options.staleMs ?? 30_000,
      retries: 0,
      // Never throw from a timer: record it; the pull checks before each write.
      onCompromised: (error) => {
        held.compromised = error;
      },
    });
    held.release = async () => {
      if (!held.compromised) await release();
    };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') throw new PullLockedError(path);
    throw error;
  }
  return held;
}
