import { useEffect } from 'react';
import { useDocumentTitle } from '../app/use-document-title';
import { ErrorAlert } from '../components/error-alert';
import { PageHeader } from '../components/page-header';
import { GitPanel } from '../git/git-panel';
import { useServerQuery } from '../queries/server-query';
import { ConflictList } from './conflict-list';
import { ExportPanel } from './export-panel';
import { ImportPanel } from './import-panel';
import { LinkedFolderPanel } from './linked-folder-panel';
import { PublishPanel } from './publish-panel';
import { useSyncStore } from './sync-store';

/** Markdown in git: the synced folder, conflicts, import and export, and publishing as a site. */
export function SyncPage({ workspaceId }: { workspaceId: string }) {
  const load = useSyncStore((state) => state.load);
  const conflicts = useSyncStore((state) => state.conflicts);
  const error = useSyncStore((state) => state.error);
  const follow = useSyncStore((state) => state.follow);
  useDocumentTitle('Markdown files');

  useEffect(() => {
    void load(workspaceId);
  }, [load, workspaceId]);

  // The cached reads follow the change feed; each new answer goes to the page's store.
  const folder = useServerQuery('getSyncFolder', { workspaceId });
  const listed = useServerQuery('listSyncConflicts', { workspaceId });
  useEffect(() => {
    if (folder.data !== undefined && listed.data !== undefined) void follow(workspaceId, folder.data, listed.data);
  }, [follow, workspaceId, folder.data, listed.data]);

  return (
    <div className="page page-sync">
      <PageHeader title="Markdown files" subtitle="Keep the decision log in step with the ADR files in your repository." />
      <ErrorAlert message={error} />
      <ConflictList conflicts={conflicts} />
      <LinkedFolderPanel />
      <GitPanel workspaceId={workspaceId} onSynced={() => void load(workspaceId)} />
      <ImportPanel />
      <ExportPanel />
      <PublishPanel workspaceId={workspaceId} />
    </div>
  );
}
