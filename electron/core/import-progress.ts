/** Hears how far an import has read: `done` of `total` files. */
export type ImportProgressListener = (done: number, total: number) => void;

const listeners = new Set<ImportProgressListener>();

/**
 * Subscribes to the progress of imports in this process (the CLI draws a bar on a terminal). The
 * API cannot carry a callback, so progress travels beside it; returns the unsubscribe function.
 */
export function onImportProgress(listener: ImportProgressListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function reportImportProgress(done: number, total: number): void {
  for (const listener of listeners) listener(done, total);
}
