import { useEffect, useState } from 'react';
import type { BackupInfo } from '../../../shared/api/backup-operations';
import { errorMessage } from '../api/error-message';
import { FormDialog } from '../components/form-dialog';
import { ErrorAlert } from '../components/error-alert';
import { Loading } from '../components/loading';
import { useToastStore } from '../stores/toast-store';
import { backupDate, backupKindLabel, fileSize } from './backup-labels';
import { useBackupStore } from './backup-store';
import { useBackupProblem } from './use-backup-problem';

type Step = { name: 'list' } | { name: 'confirm'; backup: BackupInfo } | { name: 'restored'; backup: BackupInfo; safetyCopy: BackupInfo };

/** "Data & backups": the copies Cairn keeps, a backup on demand, and a restore that can be undone. */
export function BackupDialog({ onClose }: { onClose: () => void }) {
  const [step, setStep] = useState<Step>({ name: 'list' });
  if (step.name === 'confirm') {
    return (
      <ConfirmRestore
        backup={step.backup}
        onCancel={() => setStep({ name: 'list' })}
        onRestored={(safetyCopy) => setStep({ name: 'restored', backup: step.backup, safetyCopy })}
      />
    );
  }
  if (step.name === 'restored') return <Restored backup={step.backup} safetyCopy={step.safetyCopy} />;
  return <BackupList onClose={onClose} onRestore={(backup) => setStep({ name: 'confirm', backup })} />;
}

function BackupList({ onClose, onRestore }: { onClose: () => void; onRestore: (backup: BackupInfo) => void }) {
  const list = useBackupStore((state) => state.list);
  const load = useBackupStore((state) => state.load);
  const backUp = useBackupStore((state) => state.backUp);
  const showToast = useToastStore((state) => state.show);
  const [loadError, setLoadError] = useState<string | null>(null);
  // Asked again with each list, so a backup that works clears it.
  const problem = useBackupProblem(list);

  useEffect(() => {
    load().catch((failure: unknown) => setLoadError(errorMessage(failure)));
  }, [load]);

  const backUpNow = async () => {
    const backup = await backUp();
    showToast(`Backed up to ${backup.file}`);
  };

  return (
    <FormDialog title="Data & backups" size="medium" onDismiss={onClose} cancelLabel="Close" onSubmit={backUpNow} submitLabel="Back up now" pendingLabel="Backing up…">
      <p className="dialog-text">
        Cairn copies your database every day you use it and keeps the last {list?.dailyKeptDays ?? 7} days, and it copies it before every upgrade.
        Backups you make yourself, and those taken before an upgrade or a restore, are never deleted by Cairn.
      </p>
      {list && (
        <p className="backup-folder">
          Backups are in <code>{list.folder}</code>
        </p>
      )}
      <ErrorAlert message={loadError} />
      {problem && <ErrorAlert message={`The last backup failed (${new Date(problem.at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}): ${problem.message}`} />}
      {!list && !loadError && <Loading label="Loading backups" />}
      {list && list.backups.length === 0 && (
        <p className="backup-empty">
          No backups yet. The first automatic one is made once Cairn holds data; <strong>Back up now</strong> makes one at once.
        </p>
      )}
      {list && list.backups.length > 0 && (
        <ul className="backup-list" aria-label="Backups, newest first">
          {list.backups.map((backup) => (
            <li key={backup.file} className="backup-row">
              <div className="backup-what">
                <span className="backup-kind">{backupKindLabel(backup.kind)}</span>
                <span className="backup-meta">
                  {backupDate(backup)} · {fileSize(backup.sizeBytes)} · <span className="backup-file">{backup.file}</span>
                </span>
              </div>
              <button type="button" className="button button-small" onClick={() => onRestore(backup)} aria-label={`Restore the backup of ${backupDate(backup)} (${backup.file})`}>
                Restore…
              </button>
            </li>
          ))}
        </ul>
      )}
    </FormDialog>
  );
}

function ConfirmRestore({ backup, onCancel, onRestored }: { backup: BackupInfo; onCancel: () => void; onRestored: (safetyCopy: BackupInfo) => void }) {
  const restore = useBackupStore((state) => state.restore);
  return (
    <FormDialog
      title="Restore this backup?"
      onDismiss={onCancel}
      lockWhilePending
      onSubmit={async () => onRestored(await restore(backup.file))}
      submitLabel="Replace my data with this backup"
      pendingLabel="Restoring…"
      tone="danger"
    >
      <p className="dialog-text">
        Everything in Cairn — every workspace with its decisions, goals, rotations and sessions — will be replaced by the backup of{' '}
        <strong>{backupDate(backup)}</strong> ({backupKindLabel(backup.kind).toLowerCase()}). Changes made since then will no longer be in the app.
      </p>
      <p className="dialog-text">
        What you have now is saved first as a backup of its own, so you can undo this by restoring that copy. Markdown files in synced folders are not
        touched.
      </p>
    </FormDialog>
  );
}

function Restored({ backup, safetyCopy }: { backup: BackupInfo; safetyCopy: BackupInfo }) {
  // Every page's data came from the database that was just replaced: start the app afresh.
  const reload = () => window.location.reload();
  return (
    <FormDialog title="Backup restored" onDismiss={reload} cancelLabel={null} onSubmit={reload} submitLabel="Reload Cairn">
      <p className="dialog-text">
        Cairn now holds the data of <strong>{backupDate(backup)}</strong>. What you had before is kept as <code>{safetyCopy.file}</code>, listed under “Before a
        restore”.
      </p>
    </FormDialog>
  );
}
