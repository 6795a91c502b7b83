/** Reading: the files are read and understood; storing: the decisions are written in one transaction. */
export type ImportPhase = 'reading' | 'storing';

/**
 * Hears how far an import has come: `done` of `total` files read, then `done` of `total` storing steps.
 * A listener may throw (the import worker does, to cancel): the import stops there, and a throw while
 * storing rolls the transaction back.
 */
export type ImportProgressListener = (done: number, total: number, phase: ImportPhase) => void;

const listeners = new Set<ImportProgressListener>();

/**
 * Subscribes to the progress of imports in this process (the CLI draws a bar on a terminal). The
 * API cannot carry a callback, so progress travels beside it; returns the unsubscribe function.
 */
export function onImportProgress(listener: ImportProgressListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function reportImportProgress(done: number, total: number, phase: ImportPhase = 'reading'): void {
  for (const listener of listeners) listener(done, total, phase);
}
