/**
 * The history store: content/history/<client>/<component>.json, format in docs/history-format.md.
 * Pure steps (migrate → merge → fold → serialize) and the I/O around them (read, atomic write, lock).
 */
export { removeStaleTemporaryFiles, writeFileAtomic, type RenameFn } from './atomic-write.ts';
export { historyPath, readHistoryFile, writeHistoryFile, type StoredHistory } from './files.ts';
export { DEFAULT_RETENTION_DAYS, foldCutoff, foldHistory, rollupDay } from './fold.ts';
export { acquirePullLock, lockPathFor, PullLockedError, type PullLock } from './lock.ts';
export { emptyHistory, foldBoundary, lastObservation, lastObservedEnd, mergeObservations, recordGap } from './merge.ts';
export { HistoryFormatError, historyVersion, migrateHistory, parseHistoryV1 } from '../../history/migrate.ts';
export { parseCheckDay, serializeCheckDay, serializeHistory, serializeHistoryV1 } from '../../history/serialize.ts';
export { cutPeriods, normalizePeriods, overlayPeriods, uncovered } from './spans.ts';
