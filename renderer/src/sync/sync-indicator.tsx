import { queryErrorMessage, useServerQuery } from '../queries/server-query';
import { navigate } from '../router';
import { useWorkspaces } from '../workspace/use-workspaces';
import { syncIndicatorState, type SyncIndicatorState } from './sync-indicator-state';

const DOT: Record<SyncIndicatorState['tone'], string> = {
  'in-step': 'status-dot status-dot-accepted',
  waiting: 'status-dot status-dot-proposed',
  conflict: 'status-dot status-dot-rejected',
  unavailable: 'status-dot status-dot-unknown',
};

/**
 * The header's word on the linked folder ("In step", "3 changes waiting", "1 conflict"), which opens
 * the Markdown page. It is a cached read of the sync plan, so the change feed keeps it true: a sync
 * by the watcher, a save, a resolved conflict each make it read the plan again. Absent while the
 * workspace has no linked folder. Quiet rather than ghost: on a phone the header's ghost buttons show
 * only their icons, and a coloured dot alone would say nothing.
 */
export function SyncIndicator() {
  const { workspace } = useWorkspaces();
  const workspaceId = workspace?.id ?? '';
  const folder = useServerQuery('getSyncFolder', { workspaceId }, { enabled: workspace !== null });
  const linked = workspace !== null && folder.data != null;
  const plan = useServerQuery('previewSync', { workspaceId }, { enabled: linked });
  const state = linked ? syncIndicatorState(plan.data, plan.isError ? queryErrorMessage(plan) : null) : null;
  if (!state) return null;
  return (
    <button
      type="button"
      className="button button-quiet"
      onClick={() => navigate({ name: 'sync' })}
      title={plan.isError ? (queryErrorMessage(plan) ?? undefined) : 'Open the Markdown page'}
    >
      <span className={DOT[state.tone]} aria-hidden="true" />
      {state.text}
      <span className="sr-only"> (Markdown folder sync)</span>
    </button>
  );
}
