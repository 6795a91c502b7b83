// A sync (or its preview) run on a worker thread, on its own connection to cairn.db: reading and
// parsing a folder of thousands of files, or one enormous file, then holds up that thread only, and
// the web host and the app keep answering (issue 21). The import worker's script starts it.
import SqliteDatabase from 'better-sqlite3';
import { AppError } from '../../../shared/api/api-result';
import { setConnectionPragmas } from '../db';
import type { SyncJobData, SyncWorkerMessage } from './sync-job-messages';
import { previewSync, syncWorkspaceWithHistory } from './sync-workspace';
import { workerContext } from './worker-context';

export async function runSyncJob(data: SyncJobData, post: (message: SyncWorkerMessage) => void): Promise<void> {
  // The main core opened (and migrated) the database already: this connection only sets its pragmas.
  const db = new SqliteDatabase(data.dbPath, { fileMustExist: true });
  try {
    setConnectionPragmas(db);
    const ctx = workerContext(db, new Date(data.at));
    if (data.job === 'sync') post({ type: 'synced', result: await syncWorkspaceWithHistory(ctx, data.input) });
    else post({ type: 'previewed', preview: previewSync(ctx, data.input) });
  } catch (error) {
    if (error instanceof AppError) post({ type: 'failed', error: { code: error.code, message: error.message, field: error.field } });
    else post({ type: 'crashed', message: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? error.stack : undefined });
  } finally {
    db.close();
  }
}
