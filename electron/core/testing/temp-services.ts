import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import type { Services } from '../../../shared/api/contract';
import { createBackupProblems } from '../backup';
import { createServices } from '../core';
import { createCoreContext } from '../core-context';
import { setConnectionPragmas } from '../db';
import type { TempCore } from './temp-core';

/**
 * The services themselves, on a connection of their own to a temp core's database: for the tests of
 * the dispatcher and of the contract, which look behind `dispatch`. Nothing else reaches the services.
 */
export function openTempServices(core: TempCore): { services: Services; close: () => void } {
  const db = new SqliteDatabase(core.dbPath, { fileMustExist: true });
  setConnectionPragmas(db);
  const refuse = () => {
    throw new Error('These test services do not restore backups.');
  };
  const backups = { backupDir: path.join(core.dataDir, 'backups'), restore: () => Promise.resolve().then(refuse), checkCanRestore: refuse, problems: createBackupProblems(() => new Date()) };
  const services = createServices(createCoreContext(db, { now: () => new Date(), backups, imports: null }));
  return { services, close: () => db.close() };
}
