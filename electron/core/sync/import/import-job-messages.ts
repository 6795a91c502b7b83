import type { ApiErrorData } from '../../../../shared/api/api-result';
import type { ImportReport } from '../../../../shared/api/sync-operations';
import type { ImportFolderInput } from './import-folder';
import type { ImportPhase } from './import-progress';

/** What the parent gives the import worker. */
export interface ImportJobData {
  dbPath: string;
  input: ImportFolderInput;
  /** The job's timestamp (ISO), from the core's clock. */
  at: string;
  /** One Int32: the parent sets it to 1 to cancel. */
  cancel: SharedArrayBuffer;
}

/** What the import worker tells the parent: progress, then exactly one of done, failed or crashed. */
export type ImportWorkerMessage =
  | { type: 'progress'; phase: ImportPhase; done: number; total: number }
  | { type: 'done'; report: ImportReport }
  | { type: 'failed'; error: ApiErrorData }
  | { type: 'crashed'; message: string; stack: string | undefined };
