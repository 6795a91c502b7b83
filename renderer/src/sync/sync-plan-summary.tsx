import { useId } from 'react';
import type { SyncPlanAction, SyncPreview } from '../../../shared/api/sync-operations';
import { formatDecisionNumber } from '../../../shared/domain/decision';
import { useSyncStore } from './sync-store';

const KIND_LABELS: Record<SyncPlanAction['kind'], string> = {
  pull: 'In',
  push: 'Out',
  renumber: 'Renumber',
  rename: 'Renamed',
  conflict: 'Conflict',
  delete: 'Delete',
  unreadable: 'Unreadable',
  leave: 'Left alone',
};

/** "3 in, 2 out, 1 conflict", then what else the plan holds. */
export function planCounts(counts: SyncPreview['counts']): string {
  const parts = [`${counts.in} in, ${counts.out} out, ${counts.conflicts} conflict${counts.conflicts === 1 ? '' : 's'}`];
  if (counts.deleted > 0) parts.push(`${counts.deleted} deleted`);
  if (counts.renamed > 0) parts.push(`${counts.renamed} renamed`);
  if (counts.unreadable > 0) parts.push(`${counts.unreadable} unreadable`);
  return parts.join(' · ');
}

/** What the next sync will do, file by file, before it runs (previewSync). */
export function SyncPlanSummary() {
  const id = useId();
  const plan = useSyncStore((state) => state.plan);
  const planError = useSyncStore((state) => state.planError);
  const checking = useSyncStore((state) => state.checkingPlan);
  const busy = useSyncStore((state) => state.busy);
  const checkPlan = useSyncStore((state) => state.checkPlan);

  return (
    <div className="sync-plan" aria-labelledby={`${id}-title`} aria-busy={checking} role="group">
      <div className="sync-plan-head">
        <h3 id={`${id}-title`} className="sync-plan-title">
          Next sync
        </h3>
        <button type="button" className="button button-small" onClick={() => void checkPlan()} disabled={checking || busy !== null}>
          {checking ? 'Checking…' : 'Check again'}
        </button>
      </div>
      {planError !== null ? (
        <p className="sync-plan-error">{planError}</p>
      ) : plan === null ? (
        <p className="section-text">Looking at the folder…</p>
      ) : plan.unavailable ? (
        <p className="sync-plan-error">{plan.unavailable.message}</p>
      ) : plan.actions.length === 0 ? (
        <p className="section-text">In step: a sync now would change nothing.</p>
      ) : (
        <>
          <p className="sync-plan-counts">{planCounts(plan.counts)}</p>
          <details className="sync-plan-details">
            <summary>
              {plan.actions.length} file{plan.actions.length === 1 ? '' : 's'}
            </summary>
            <ul className="sync-plan-list">
              {plan.actions.map((action, i) => (
                <li key={`${action.kind}-${action.file}-${i}`} className={`sync-plan-action is-${action.kind}`}>
                  <span className="sync-plan-kind">{KIND_LABELS[action.kind]}</span>
                  <code className="sync-plan-file">{action.file}</code>
                  {action.title !== null && (
                    <span className="sync-plan-decision">
                      {action.number === null ? '' : `${formatDecisionNumber(action.number)} `}
                      {action.title}
                    </span>
                  )}
                  <span className="sync-plan-detail">{action.detail}</span>
                </li>
              ))}
            </ul>
          </details>
        </>
      )}
    </div>
  );
}
