import type { Workspace } from '../../../shared/api/contract';
import { useDocumentTitle } from '../app/use-document-title';
import { EmptyState } from '../components/empty-state';
import { useUiStore } from '../stores/ui-store';
import { EditorForm } from './editor-form';

/**
 * The editor of a new decision before its first save (#/decisions/new). The decision lives only in
 * this window until then, so after a reload, or in another workspace, there is none to show.
 */
export function NewDecisionPage({ workspace }: { workspace: Workspace }) {
  const unsaved = useUiStore((state) => state.unsavedDecision);
  const open = unsaved !== null && unsaved.workspaceId === workspace.id ? unsaved : null;
  useDocumentTitle('New decision');
  if (!open) {
    return (
      <div className="page">
        <EmptyState level={1} title="No new decision is open">
          <p className="empty-state-text">A new decision is kept once it is saved; one left before that is gone, and its number is still free.</p>
          <button type="button" className="button button-primary" onClick={() => useUiStore.getState().openNewDecision()}>
            New decision
          </button>
        </EmptyState>
      </div>
    );
  }
  return <EditorForm key={open.key} subject={{ kind: 'new', decision: open }} customStatuses={workspace.customStatuses} />;
}
