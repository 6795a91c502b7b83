import { useId, useState, type FormEvent } from 'react';
import type { SyncResult, SyncUnavailable } from '../../../shared/api/sync-operations';
import { formatDecisionNumber } from '../../../shared/domain/decision';
import { RenumberDialog } from './renumber-dialog';
import { DIALECT_CHOICES, DIALECT_NAMES, OWN_DIALECT, dialectFromChoice } from './dialect-names';
import { SyncPlanSummary } from './sync-plan-summary';
import { useSyncStore } from './sync-store';
import { WriteOnSaveSetting } from './write-on-save-setting';

/** The folder the workspace syncs with: link one, sync, and see what the last sync did. */
export function LinkedFolderPanel() {
  const id = useId();
  const folder = useSyncStore((state) => state.folder);
  const busy = useSyncStore((state) => state.busy);
  const sync = useSyncStore((state) => state.sync);
  const lastSync = useSyncStore((state) => state.lastSync);
  const [changing, setChanging] = useState(false);

  return (
    <section className="sync-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        Synced folder
      </h2>
      {folder === null || changing ? (
        <LinkForm onDone={() => setChanging(false)} onCancel={folder === null ? undefined : () => setChanging(false)} />
      ) : (
        <>
          <dl className="sync-facts">
            <div>
              <dt>Folder</dt>
              <dd>
                <code>{folder.path}</code>
              </dd>
            </div>
            <div>
              <dt>Dialect</dt>
              <dd>{folder.dialect === null ? 'Each record in its own; new ones in their template’s' : DIALECT_NAMES[folder.dialect]}</dd>
            </div>
            <div>
              <dt>Last synced</dt>
              <dd>{folder.lastSyncedAt === null ? 'Never' : new Date(folder.lastSyncedAt).toLocaleString()}</dd>
            </div>
          </dl>
          <div className="sync-actions">
            <button type="button" className="button" onClick={() => setChanging(true)} disabled={busy !== null}>
              Change folder
            </button>
            <button type="button" className="button button-primary" onClick={() => void sync()} disabled={busy !== null}>
              {busy === 'sync' ? 'Syncing…' : 'Sync now'}
            </button>
          </div>
          <WriteOnSaveSetting />
          {lastSync && <SyncSummary result={lastSync} />}
          <SyncPlanSummary />
        </>
      )}
    </section>
  );
}

function LinkForm({ onDone, onCancel }: { onDone: () => void; onCancel: (() => void) | undefined }) {
  const id = useId();
  const current = useSyncStore((state) => state.folder);
  const [path, setPath] = useState(current?.path ?? '');
  const [dialect, setDialect] = useState<string>(current?.dialect ?? OWN_DIALECT);
  const busy = useSyncStore((state) => state.busy);
  const link = useSyncStore((state) => state.link);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await link(path.trim(), dialectFromChoice(dialect));
    if (useSyncStore.getState().error === null) onDone();
  };

  return (
    <>
      <p className="section-text">
        Link the workspace to the folder in your repository where the decisions live (importing a folder links it too). Sync
        then brings edits made in git into Cairn and writes edits made in Cairn to the files.
      </p>
      <form className="sync-form" onSubmit={(event) => void submit(event)}>
        <div className="field sync-path">
          <label htmlFor={`${id}-path`}>Folder</label>
          <input
            id={`${id}-path`}
            className="input"
            value={path}
            placeholder="/home/me/project/docs/decisions"
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => setPath(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-dialect`}>Dialect for new files</label>
          <select id={`${id}-dialect`} className="select" value={dialect} onChange={(event) => setDialect(event.target.value)}>
            <option value={OWN_DIALECT}>Each in its own</option>
            {DIALECT_CHOICES.map(([value, name]) => (
              <option key={value} value={value}>
                {name}
              </option>
            ))}
          </select>
        </div>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        )}
        <button type="submit" className="button" disabled={path.trim() === '' || busy !== null}>
          Link folder
        </button>
      </form>
    </>
  );
}

function SyncSummary({ result }: { result: SyncResult }) {
  const conflicts = result.conflicts.length;
  const busy = useSyncStore((state) => state.busy);
  const [renumbering, setRenumbering] = useState<{ decisionId: string; file: string } | null>(null);
  if (result.unavailable) return <FolderLossQuestion unavailable={result.unavailable} />;
  return (
    <div className="sync-result" role="status">
      <p>
        <strong>
          {result.pulled.length} in, {result.pushed.length} out, {conflicts} conflict{conflicts === 1 ? '' : 's'}
        </strong>
        {result.deleted.length > 0 && <> · {result.deleted.length} deleted</>}
        {result.renamed.length > 0 && <> · {result.renamed.length} renamed</>}
      </p>
      {result.duplicates.length > 0 && (
        <ul className="sync-problems">
          {result.duplicates.map((duplicate) => (
            <li key={duplicate.number} className="sync-duplicate">
              Number {formatDecisionNumber(duplicate.number)} is used by {duplicate.files.length} files (two branches both added it?).
              {duplicate.files.map((file, i) => (
                <button
                  key={file}
                  type="button"
                  className="button button-small"
                  disabled={busy !== null}
                  onClick={() => setRenumbering({ decisionId: duplicate.decisionIds[i] as string, file })}
                >
                  Renumber {file}
                </button>
              ))}
            </li>
          ))}
        </ul>
      )}
      {result.problems.length > 0 && (
        <ul className="sync-problems">
          {result.problems.map((problem, i) => (
            <li key={i}>{problem.message}</li>
          ))}
        </ul>
      )}
      {renumbering && <RenumberDialog decisionId={renumbering.decisionId} file={renumbering.file} onClose={() => setRenumbering(null)} />}
    </div>
  );
}

/**
 * A sync that changed nothing because the folder looks moved or unmounted asks what to do: wait (for
 * the drive, the branch, the sync client) or sync anyway, which moves the lost files' decisions to
 * the trash. A folder that is not there at all cannot be synced anyway.
 */
function FolderLossQuestion({ unavailable }: { unavailable: SyncUnavailable }) {
  const busy = useSyncStore((state) => state.busy);
  const sync = useSyncStore((state) => state.sync);
  const dismiss = useSyncStore((state) => state.dismissLastSync);
  return (
    <div className="sync-result sync-unavailable" role="alert">
      <p>{unavailable.message}</p>
      <div className="sync-actions">
        {unavailable.canForce && (
          <button type="button" className="button button-danger" disabled={busy !== null} onClick={() => void sync(true)}>
            Sync anyway
          </button>
        )}
        <button type="button" className="button" disabled={busy !== null} onClick={dismiss}>
          Wait
        </button>
      </div>
      {unavailable.canForce && (
        <p className="section-text">
          Sync anyway moves the decisions of the {unavailable.lost.toLocaleString('en-US')} missing files to the trash, where they can be
          restored.
        </p>
      )}
    </div>
  );
}
