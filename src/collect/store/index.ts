/**
 * The history store: content/history/<client>/<component>.json and its day files, format in docs/history-format.md.
 * Pure steps (tick.ts: plan → merge → timeline → rollups → fold) and the I/O around them (component.ts: read,
 * atomic writes in a crash-safe order; the lock).
 */
export { removeStaleTemporaryFiles, writeFileAtomic, type RenameFn } from './atomic-write.ts';
export { openComponent, updateComponent, type ComponentPaths, type OpenedComponent, type UpdateOptions, type UpdateOutcome } from './component.ts';
export { DAY_MS, dayFileName, startOfUtcDay, utcDay } from './days.ts';
export { dayFolder, historyPath, listDayFiles, readDayFile, readHistoryFile, type StoredHistory } from './files.ts';
export { DEFAULT_RETENTION_DAYS, foldChecks, foldCutoff } from './fold.ts';
export { acquirePullLock, lockPathFor, PullLockedError, PullLockUnavailableError, type LockFs, type PullLock } from './lock.ts';
export { emptyHistory, gapAt, lastObservation, lastObservedEnd, recordGap } from './merge.ts';
export { applyTick, fileChanges, planTick, type ComponentFiles, type FileChanges, type TickInput, type TickOptions, type TickPlan, type TickResult } from './tick.ts';
export { HistoryFormatError, historyVersion, migrateHistory } from '../../history/migrate.ts';
export { parseCheckDay, serializeCheckDay, serializeHistory } from '../../history/serialize.ts';
export { cutPeriods, normalizePeriods, overlayPeriods, uncovered } from './spans.ts';
