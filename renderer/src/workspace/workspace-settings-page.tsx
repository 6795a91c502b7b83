import { useDocumentTitle } from '../app/use-document-title';
import { PageHeader } from '../components/page-header';
import { TemplatesSection } from '../templates/templates-section';

/** The workspace's own settings; today its templates. */
export function WorkspaceSettingsPage({ workspaceId }: { workspaceId: string }) {
  useDocumentTitle('Workspace settings');
  return (
    <div className="page page-settings">
      <PageHeader title="Workspace settings" subtitle="How this workspace’s decisions are started and written." />
      <TemplatesSection workspaceId={workspaceId} />
    </div>
  );
}
