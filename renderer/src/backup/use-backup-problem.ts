import { useEffect, useState } from 'react';
import type { BackupProblem } from '../../../shared/api/backup-operations';
import { api } from '../api/api';

/**
 * The last backup that failed (the daily one included), asked of the host whenever `asked` changes,
 * so it is seen in the app and not only in the log (issue 21). Null while backups work, and when the
 * host cannot say: the Data & backups dialog shows its own load error then.
 */
export function useBackupProblem(asked: unknown): BackupProblem | null {
  const [problem, setProblem] = useState<BackupProblem | null>(null);
  useEffect(() => {
    let current = true;
    api()
      .getDatabaseStatus({})
      .then(
        (status) => current && setProblem(status.backupProblem),
        () => current && setProblem(null),
      );
    return () => {
      current = false;
    };
  }, [asked]);
  return problem;
}
