import type { BackupProblem } from '../../../shared/api/backup-operations';

/**
 * The last backup that failed, kept while the core runs so the app can show it (issue 21: a daily
 * backup refused because the database is damaged was only a line in the log). The next backup that
 * works clears it.
 */
export interface BackupProblems {
  last(): BackupProblem | null;
  failed(problem: Omit<BackupProblem, 'at'>): void;
  succeeded(): void;
}

export function createBackupProblems(now: () => Date): BackupProblems {
  let last: BackupProblem | null = null;
  return {
    last: () => last,
    failed: (problem) => {
      last = { ...problem, at: now().toISOString() };
    },
    succeeded: () => {
      last = null;
    },
  };
}
