import { useId, useState } from 'react';
import type { SyncConflict } from '../../../shared/api/sync-operations';
import { formatDecisionNumber } from '../../../shared/domain/decision';
import { conflictSideNames, splitConflict, type ConflictSides } from '../../../shared/git/conflict-markers';
import { FormDialog } from '../components/form-dialog';
import { useToastStore } from '../stores/toast-store';
import { SideBySide } from './side-by-side';
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

type Choice = 'disk' | 'app' | 'ours' | 'theirs';

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
  ours: {
    title: 'Keep ours?',
    text: 'The file is written with this branch’s side of each conflict and staged for the merge commit. The incoming side stays in git’s history of the other branch.',
    action: 'Keep ours',
  },
  theirs: {
    title: 'Keep theirs?',
    text: 'The file is written with the incoming side of each conflict and staged for the merge commit. This branch’s side stays in its last commit.',
    action: 'Keep theirs',
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
  // A merge git could not finish left both sides in the file: they are shown as git names them.
  const sides = conflict.diskText === null ? null : splitConflict(conflict.diskText);

  const settle = async (choice: Choice | 'merged') => {
    const keep = choice === 'disk' || choice === 'app' ? choice : 'merged';
    const text = choice === 'merged' ? merged : choice === 'ours' ? sides?.ours : choice === 'theirs' ? sides?.theirs : undefined;
    const done = await resolve(conflict.decisionId, keep, text);
    setConfirming(null);
    if (done) showToast(`Resolved the conflict in ${conflict.file}`);
  };

  return (
    <article className="conflict-card" aria-labelledby={`${id}-name`}>
      <h3 id={`${id}-name`} className="conflict-title">
        {name} <span className="conflict-file">{conflict.file}</span>
      </h3>
      {sides && (
        <p className="section-text">
          git could not merge this file: it holds {sides.hunks === 1 ? 'one conflict' : `${sides.hunks} conflicts`} between this branch (ours) and the
          incoming one (theirs). Nothing of it was imported. Keep one side, or merge by hand; Cairn then writes the file and stages it (git add) so the merge
          can be committed from the Git panel.
        </p>
      )}
      {merging ? (
        <div className="field">
          <label htmlFor={`${id}-merged`}>Merged file</label>
          {sides && <p className="field-hint">Take out every line of the markers (&lt;&lt;&lt;&lt;&lt;&lt;&lt;, =======, &gt;&gt;&gt;&gt;&gt;&gt;&gt;) and keep what should stay of each side.</p>}
          <textarea id={`${id}-merged`} className="textarea conflict-merge" value={merged} spellCheck={false} onChange={(event) => setMerged(event.target.value)} />
        </div>
      ) : sides && conflict.diskText !== null ? (
        <GitSides sides={sides} names={conflictSideNames(conflict.diskText)} />
      ) : conflict.diskText === null ? (
        <div className="conflict-sides">
            <section aria-label="In the file">
              <h4 className="conflict-side-title">In the file</h4>
              <p className="section-text">The file was deleted.</p>
            </section>
            <section aria-label="In Cairn">
              <h4 className="conflict-side-title">In Cairn</h4>
              <pre className="conflict-text" tabIndex={0}>
                {conflict.appText}
              </pre>
            </section>
          </div>
      ) : (
        <SideBySide left={{ label: 'In the file', text: conflict.diskText }} right={{ label: 'In Cairn', text: conflict.appText }} />
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
        ) : sides ? (
          <>
            <button type="button" className="button" onClick={() => setMerging(true)} disabled={busy !== null}>
              Merge by hand
            </button>
            <button type="button" className="button" onClick={() => setConfirming('ours')} disabled={busy !== null}>
              Keep ours
            </button>
            <button type="button" className="button" onClick={() => setConfirming('theirs')} disabled={busy !== null}>
              Keep theirs
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

/** The two sides of a file git left with conflict markers, side by side, each named as git named it. */
function GitSides({ sides, names }: { sides: ConflictSides; names: { ours: string | null; theirs: string | null } }) {
  return (
    <SideBySide
      left={{ label: 'Ours', detail: names.ours && <span className="conflict-side-ref"> ({names.ours}, this branch)</span>, text: sides.ours }}
      right={{ label: 'Theirs', detail: names.theirs && <span className="conflict-side-ref"> ({names.theirs}, incoming)</span>, text: sides.theirs }}
    />
  );
}
