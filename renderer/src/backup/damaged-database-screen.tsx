import { useEffect, useState } from 'react';
import type { CheckedBackup, DatabaseStatus } from '../../../shared/api/backup-operations';
import { api } from '../api/api';
import { errorMessage } from '../api/error-message';
import { EmptyState } from '../components/empty-state';
import { ErrorAlert } from '../components/error-alert';
import { FormDialog } from '../components/form-dialog';
import { Loading } from '../components/loading';
import { backupDate, backupKindLabel } from './backup-labels';

type Damage = NonNullable<DatabaseStatus['damage']>;
type Step = { name: 'choose' } | { name: 'confirm-fresh' } | { name: 'done'; restored: CheckedBackup | null; damagedCopy: string };

/**
 * Shown instead of the app when the host found its database damaged at start-up (it then answers
 * nothing else): what is wrong, and the two ways on, neither of which deletes the damaged file.
 */
export function DamagedDatabaseScreen() {
  const [status, setStatus] = useState<DatabaseStatus | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  useEffect(() => {
    api()
      .getDatabaseStatus({})
      .then(setStatus, (failure: unknown) => setLoadError(errorMessage(failure)));
  }, []);
  return (
    <main className="start-failure">
      <EmptyState level={1} title="Cairn’s database is damaged">
        <ErrorAlert message={loadError} />
        {!status && !loadError && <Loading label="Checking the backups" />}
        {status?.damage && <Recovery file={status.file} damage={status.damage} />}
        {status && !status.damage && (
          <p className="empty-state-text">
            The database is sound again. <button type="button" className="button button-small" onClick={() => window.location.reload()}>Open Cairn</button>
          </p>
        )}
      </EmptyState>
    </main>
  );
}

function Recovery({ file, damage }: { file: string; damage: Damage }) {
  const [step, setStep] = useState<Step>({ name: 'choose' });
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const newestSound = damage.backups.find((backup) => backup.problem === null) ?? null;
  const unusable = damage.backups.filter((backup) => backup.problem !== null);

  const recover = async (backup: CheckedBackup | null) => {
    const { damagedCopy } = await api().restoreDamagedDatabase({ file: backup?.file ?? null });
    setStep({ name: 'done', restored: backup, damagedCopy });
  };
  const restoreNewest = async (backup: CheckedBackup) => {
    setPending(true);
    setFailure(null);
    try {
      await recover(backup);
    } catch (error) {
      setFailure(errorMessage(error));
    } finally {
      setPending(false);
    }
  };

  if (step.name === 'done') {
    return (
      <>
        <p className="empty-state-text">
          {step.restored ? (
            <>
              Cairn now holds the data of the backup of <strong>{backupDate(step.restored)}</strong>. Changes made after it are not in the app.
            </>
          ) : (
            <>Cairn starts with an empty database.</>
          )}{' '}
          The damaged file is kept as <code>{step.damagedCopy}</code>.
        </p>
        <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
          Open Cairn
        </button>
      </>
    );
  }

  return (
    <>
      <p className="empty-state-text">
        SQLite found a problem in <code>{file}</code> ({damage.problem}). Cairn did not write to it, so nothing more was lost.
      </p>
      {newestSound ? (
        <p className="empty-state-text">
          The newest backup that passes its check is from <strong>{backupDate(newestSound)}</strong> ({backupKindLabel(newestSound.kind).toLowerCase()}).
          Restoring it puts it in place of the damaged file, which is kept beside it.
        </p>
      ) : (
        <p className="empty-state-text">
          No backup in <code>{damage.backupFolder}</code> passes its check. You can start with an empty database; the damaged file is kept beside it for
          whoever can repair it, and your synced Markdown folders can be linked and imported again.
        </p>
      )}
      <ErrorAlert message={failure} />
      <div className="damaged-database-actions">
        {newestSound && (
          <button type="button" className="button button-primary" disabled={pending} onClick={() => void restoreNewest(newestSound)}>
            {pending ? 'Restoring…' : 'Restore this backup'}
          </button>
        )}
        <button type="button" className="button" disabled={pending} onClick={() => setStep({ name: 'confirm-fresh' })}>
          Start with an empty database…
        </button>
      </div>
      {unusable.length > 0 && (
        <details className="damaged-database-backups">
          <summary>{unusable.length === 1 ? 'One backup cannot be used' : `${unusable.length} backups cannot be used`}</summary>
          <ul>
            {unusable.map((backup) => (
              <li key={backup.file}>
                <code>{backup.file}</code> {backup.problem}
              </li>
            ))}
          </ul>
        </details>
      )}
      {step.name === 'confirm-fresh' && (
        <FormDialog
          title="Start with an empty database?"
          onDismiss={() => setStep({ name: 'choose' })}
          lockWhilePending
          onSubmit={() => recover(null)}
          submitLabel="Start empty, keep the damaged file"
          pendingLabel="Starting…"
          tone="danger"
        >
          <p className="dialog-text">
            Cairn will start with no workspaces, decisions, goals, rotations or sessions. The damaged file is moved aside, not deleted
            {newestSound ? ', and the backups stay where they are, so you can still restore one later under Data & backups' : ''}.
          </p>
        </FormDialog>
      )}
    </>
  );
}
