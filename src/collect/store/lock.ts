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

/** What a file-system error code means for the person running the pull. */
const FS_ERRORS: Record<string, string> = {
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOSPC: 'no space or no inodes left on the device',
  EDQUOT: 'disk quota exceeded',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EEXIST: 'a file stands where the folder should be',
  EIO: 'input/output error on the device',
};

/**
 * The pull lock could not be taken for another reason than another pull holding it: a read-only folder, no space or
 * inodes left, a file where the history folder should be. The pull cannot start (exit 2); nothing was written.
 */
export class PullLockUnavailableError extends Error {
  readonly lockPath: string;
  readonly code: string | undefined;
  constructor(lockPath: string, cause: unknown) {
    const code = (cause as NodeJS.ErrnoException | undefined)?.code;
    const meaning = code ? FS_ERRORS[code] : undefined;
    const detail = code ? `${code}${meaning ? `: ${meaning}` : ''}` : ((cause as Error | undefined)?.message ?? String(cause));
    super(`cannot take the pull lock at ${lockPath} (${detail}); nothing was pulled or written. Check that the history folder is writable and the disk has space`, { cause });
    this.name = 'PullLockUnavailableError';
    this.lockPath = lockPath;
    this.code = code;
  }
}

/** The file-system calls the lock makes, injectable so tests can play a read-only or full disk. */
export interface LockFs {
  mkdir: (path: string, options: { recursive: true }) => Promise<unknown>;
  lock: typeof lockfile.lock;
}

/** A held lock. `compromised` is set if the lock was lost while held (its folder removed, mtime taken over). */
export interface PullLock {
  readonly path: string;
  compromised?: Error;
  release(): Promise<void>;
}

/** Path of the lock for a history folder. */
export const lockPathFor = (historyRoot: string) => join(historyRoot, '.pull.lock');

/**
 * Takes the pull lock on `historyRoot` (created if missing). Throws PullLockedError when another pull holds it, and
 * PullLockUnavailableError, naming the path and what the error means, for any other failure.
 */
export async function acquirePullLock(historyRoot: string, options: { staleMs?: number; fs?: Partial<LockFs> } = {}): Promise<PullLock> {
  const fs: LockFs = { mkdir, lock: lockfile.lock, ...options.fs };
  const path = lockPathFor(historyRoot);
  try {
    await fs.mkdir(historyRoot, { recursive: true });
  } catch (error) {
    throw new PullLockUnavailableError(path, error);
  }
  const held: PullLock = {
    path,
    release: async () => {},
  };
  try {
    const release = await fs.lock(historyRoot, {
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
    throw new PullLockUnavailableError(path, error);
  }
  return held;
}
