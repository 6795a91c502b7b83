import { useDocumentTitle } from '../app/use-document-title';
import { EmptyState } from '../components/empty-state';
import { SampleWorkspaceButton } from '../home/sample-workspace-button';
import { WorkspaceNameForm } from './workspace-name-form';

/** What a new user sees before any workspace exists: one step to get started. */
export function FirstWorkspace() {
  useDocumentTitle('Create your first workspace');
  return (
    <div className="page page-centered">
      <EmptyState level={1} title="Create your first workspace">
        <p className="empty-state-text">
          A workspace holds one team&apos;s decision log — numbered decisions, their history and links. Most teams
          name it after the product or system they build.
        </p>
        <WorkspaceNameForm />
        <p className="first-workspace-sample">Just looking? A sample team&apos;s workspace shows what a year of decisions looks like.</p>
        <SampleWorkspaceButton className="button button-quiet" />
      </EmptyState>
    </div>
  );
}
