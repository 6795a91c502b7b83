import { useId, useState } from 'react';
import type { SyncConflict } from '../../../shared/api/sync-operations';
import { formatDecisionNumber } from '../../../shared/domain/decision';
import { FormDialog } from '../components/form-dialog';
import { useToastStore } from '../stores/toast-store';
import { useSyncStore } from './sync-store';

/** Decisions changed both in Cairn and on disk: both versions side by side, and the user's choice. */
export function ConflictList({ conflicts }: { conflicts: SyncConflict[] }) {
  const id = useId();
  if (conflicts.length === 0) return null;
  return (
    <section className="sync-panel sync-conflicts" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        Conflicts ({conflicts.length})
      </h2>
      <p className="section-text">
        These changed in Cairn and in their file since the last sync. Nothing was overwritten: choose a version, or merge them
        by hand.
      </p>
      {conflicts.map((conflict) => (
        <ConflictCard key={conflict.decisionId} conflict={conflict} />
      ))}
    </section>
  );
}

type Choice = 'disk' | 'app';

const CONFIRM: Record<Choice, { title: string; text: string; action: string }> = {
  disk: {
    title: 'Keep the file’s version?',
    text: 'Cairn takes the file as it is now. Its own edits stay in the decision’s history.',
    action: 'Keep the file’s version',
  },
  app: {
    title: 'Keep Cairn’s version?',
    text: 'The file is overwritten with Cairn’s version. The edits made in the file are lost unless git has them.',
    action: 'Overwrite the file',
  },
};

function ConflictCard({ conflict }: { conflict: SyncConflict }) {
  const id = useId();
  const resolve = useSyncStore((state) => state.resolve);
  const busy = useSyncStore((state) => state.busy);
  const showToast = useToastStore((state) => state.show);
  const [confirming, setConfirming] = useState<Choice | null>(null);
  const [merging, setMerging] = useState(false);
  const [merged, setMerged] = useState(conflict.diskText ?? conflict.appText);
  const name = `${formatDecisionNumber(conflict.number)} ${conflict.title}`;

  const settle = async (keep: 'disk' | 'app' | 'merged') => {
    const done = await resolve(conflict.decisionId, keep, keep === 'merged' ? merged : undefined);
    setConfirming(null);
    if (done) showToast(`Resolved the conflict in ${conflict.file}`);
  };

  return (
    <article className="conflict-card" aria-labelledby={`${id}-name`}>
      <h3 id={`${id}-name`} className="conflict-title">
        {name} <span className="conflict-file">{conflict.file}</span>
      </h3>
      {merging ? (
        <div className="field">
          <label htmlFor={`${id}-merged`}>Merged file</label>
          <textarea id={`${id}-merged`} className="textarea conflict-merge" value={merged} spellCheck={false} onChange={(event) => setMerged(event.target.value)} />
        </div>
      ) : (
        <div className="conflict-sides">
          <section aria-label="In the file">
            <h4 className="conflict-side-title">In the file</h4>
            {conflict.diskText === null ? <p className="section-text">The file was deleted.</p> : <pre className="conflict-text" tabIndex={0}>{conflict.diskText}</pre>}
          </section>
          <section aria-label="In Cairn">
            <h4 className="conflict-side-title">In Cairn</h4>
            <pre className="conflict-text" tabIndex={0}>{conflict.appText}</pre>
          </section>
        </div>
      )}
      <div className="sync-actions">
        {merging ? (
          <>
            <button type="button" className="button" onClick={() => setMerging(false)}>
              Cancel merge
            </button>
            <button type="button" className="button button-primary" onClick={() => void settle('merged')} disabled={busy !== null || merged.trim() === ''}>
              Save merged version
            </button>
          </>
        ) : (
          <>
            <button type="button" className="button" onClick={() => setMerging(true)} disabled={busy !== null}>
              Merge by hand
            </button>
            <button type="button" className="button" onClick={() => setConfirming('app')} disabled={busy !== null}>
              Keep Cairn’s version
            </button>
            <button type="button" className="button" onClick={() => setConfirming('disk')} disabled={busy !== null}>
              {conflict.diskText === null ? 'Accept the deletion' : 'Keep the file’s version'}
            </button>
          </>
        )}
      </div>
      {confirming && (
        <FormDialog title={CONFIRM[confirming].title} onDismiss={() => setConfirming(null)} onSubmit={() => settle(confirming)} submitLabel={CONFIRM[confirming].action} submitDisabled={busy !== null}>
          <p className="dialog-text">
            <strong>{name}</strong>: {confirming === 'disk' && conflict.diskText === null ? 'the decision moves to the trash, where you can restore it.' : CONFIRM[confirming].text}
          </p>
        </FormDialog>
      )}
    </article>
  );
}
