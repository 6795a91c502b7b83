import type { Workspace } from '../../../shared/api/contract';
import { useDocumentTitle } from '../app/use-document-title';
import { DecisionMissing } from '../decision/decision-missing';
import { useDecision } from '../decision/use-decision';
import { decisionName } from '../decisions/decision-name';
import { EditorForm } from './editor-form';

/** The editor route: loads the decision, then edits the revision it was loaded at. */
export function EditorPage({ id, workspace }: { id: string; workspace: Workspace }) {
  const { decision, loadError, notFound } = useDecision(id);
  useDocumentTitle(decision ? `Edit ${decisionName(decision)}` : null);
  if (!decision) return <DecisionMissing loadError={loadError} notFound={notFound} />;
  // A newer revision arriving before any typing starts the form afresh from it.
  return <EditorForm key={`${decision.id}:${decision.revision}`} decision={decision} customStatuses={workspace.customStatuses} />;
}
