import { useState } from 'react';
import { BackupDialog } from './backup-dialog';

/** The header's way into "Data & backups". */
export function BackupButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button button-ghost" onClick={() => setOpen(true)} aria-haspopup="dialog">
        <svg className="icon" viewBox="0 0 16 16" aria-hidden="true">
          <ellipse cx="8" cy="4" rx="5" ry="2" />
          <path d="M3 4v8c0 1.1 2.2 2 5 2s5-.9 5-2V4M3 8c0 1.1 2.2 2 5 2s5-.9 5-2" />
        </svg>
        Data &amp; backups
      </button>
      {open && <BackupDialog onClose={() => setOpen(false)} />}
    </>
  );
}
