import { useState } from 'react';
import { BackupDialog } from './backup-dialog';
import { useBackupProblem } from './use-backup-problem';

/** The header's way into "Data & backups"; it is marked while the last backup failed. */
export function BackupButton() {
  const [open, setOpen] = useState(false);
  const problem = useBackupProblem(open);
  return (
    <>
      <button
        type="button"
        className="button button-ghost"
        onClick={() => setOpen(true)}
        aria-haspopup="dialog"
        title={problem ? 'The last backup failed: open Data & backups to see why' : undefined}
      >
        <svg className="icon" viewBox="0 0 16 16" aria-hidden="true">
          <ellipse cx="8" cy="4" rx="5" ry="2" />
          <path d="M3 4v8c0 1.1 2.2 2 5 2s5-.9 5-2V4M3 8c0 1.1 2.2 2 5 2s5-.9 5-2" />
        </svg>
        Data &amp; backups
        {problem && (
          <span className="backup-button-problem">
            <span aria-hidden="true"> !</span>
            <span className="sr-only"> (the last backup failed)</span>
          </span>
        )}
      </button>
      {open && <BackupDialog onClose={() => setOpen(false)} />}
    </>
  );
}
