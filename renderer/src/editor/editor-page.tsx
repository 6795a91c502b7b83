import { useState } from 'react';
import type { Workspace } from '../../../shared/api/contract';
import type { Decision } from '../../../shared/domain/decision';
import { useDocumentTitle } from '../app/use-document-title';
import { DecisionMissing } from '../decision/decision-missing';
import { useDecision } from '../decision/use-decision';
import { decisionName } from '../decisions/decision-name';
import { EditorForm } from './editor-form';

/**
 * The editor route: loads the decision, then edits the revision it was loaded at. While nothing is
 * typed, a newer revision (saved in another window, or from its file) starts the form afresh from
 * it; once something is typed the form keeps its revision, and saving reports the conflict.
 */
export function EditorPage({ id, workspace }: { id: string; workspace: Workspace }) {
  const { decision, loadError, notFound, refetch } = useDecision(id);
  const [editing, setEditing] = useState<Decision | null>(null);
  const shown = editing ?? decision;
  useDocumentTitle(shown ? `Edit ${decisionName(shown)}` : null);
  if (!decision || !shown) return <DecisionMissing loadError={loadError} notFound={notFound} />;
  return (
    <EditorForm
      key={`${shown.id}:${shown.revision}`}
      subject={{ kind: 'saved', decision: shown }}
      customStatuses={workspace.customStatuses}
      onDirtyChange={(dirty) => setEditing(dirty ? shown : null)}
      onLoadLatest={async () => {
        await refetch();
        setEditing(null);
      }}
    />
  );
}
