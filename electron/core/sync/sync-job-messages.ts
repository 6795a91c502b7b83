import type { ApiErrorData } from '../../../shared/api/api-result';
import type { SyncPreview, SyncResult } from '../../../shared/api/sync-operations';
import type { SyncInput } from './sync-workspace';

/** What a sync runs in the worker: the sync itself, or its preview (which reads the whole folder too). */
export type SyncJobKind = 'sync' | 'preview';

/** What the parent posts to the sync worker for each job (the import worker's script runs these too). */
export interface SyncJobData {
  job: SyncJobKind;
  dbPath: string;
  input: SyncInput;
  /** The job's timestamp (ISO), from the core's clock. */
  at: string;
}

/** What the worker tells the parent: exactly one of done, failed or crashed. */
export type SyncWorkerMessage =
  | { type: 'synced'; result: SyncResult }
  | { type: 'previewed'; preview: SyncPreview }
  | { type: 'failed'; error: ApiErrorData }
  | { type: 'crashed'; message: string; stack: string | undefined };

/**
 * The worker data of the one long-lived sync worker: it waits for jobs on its port, one at a time,
 * so a sync or a preview does not pay for starting a thread and loading the core each time.
 */
export const SYNC_WORKER_DATA = { role: 'sync-jobs' } as const;

/** Whether the worker was started to run sync jobs rather than one import. */
export function isSyncWorker(data: unknown): boolean {
  return typeof data === 'object' && data !== null && 'role' in data && data.role === SYNC_WORKER_DATA.role;
}
