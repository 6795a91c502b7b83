import type { Migration } from './migration';
import { initialSchema } from './0001-initial';
import { markdownSyncSchema } from './0002-markdown-sync';
import { goalsSchema } from './0003-goals';
import { rotationsSchema } from './0004-rotations';
import { sessionsSchema } from './0005-sessions';
import { rotationLinksSchema } from './0006-rotation-links';
import { syncFileStatsSchema } from './0007-sync-file-stats';
import { syncPendingSchema } from './0008-sync-pending';
import { storedDocumentsReadAgain } from './0009-stored-documents-read-again';
import { unknownStatusAndDate } from './0010-unknown-status-and-date';
import { rotationTurnsSchema } from './0011-rotation-turns';
import { writeFilesOnSaveSchema } from './0012-write-files-on-save';
import { teamTemplatesSchema } from './0013-team-templates';
import { exportStampsSchema } from './0014-export-stamps';

export type { Migration } from './migration';

/** Every schema step, in order; a database's `user_version` is the last one applied. */
export const MIGRATIONS: readonly Migration[] = [
  initialSchema,
  markdownSyncSchema,
  goalsSchema,
  rotationsSchema,
  sessionsSchema,
  rotationLinksSchema,
  syncFileStatsSchema,
  syncPendingSchema,
  storedDocumentsReadAgain,
  unknownStatusAndDate,
  rotationTurnsSchema,
  writeFilesOnSaveSchema,
  teamTemplatesSchema,
  exportStampsSchema,
];
