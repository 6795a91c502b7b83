// The Markdown sync feature (import, export, two-way sync with a linked folder): its public entry.
export { folderIndex } from './folder-index';
export { gitActivity } from './git-activity';
export { createImportRunner, type ImportRunner } from './import/import-jobs';
export { onImportProgress } from './import/import-progress';
export { createSyncRunner, type SyncRunner } from './sync-jobs';
export { syncServices } from './sync-service';
export { openConflict, syncedFiles, syncFolderPath, syncWorkspace, syncWorkspaceWithHistory } from './sync-workspace';
