import fs from 'node:fs';
import path from 'node:path';

/** A git command writing files in the repository that holds a folder, found by the lock it holds. */
export interface GitActivity {
  /** The repository's working tree. */
  repo: string;
  /** The lock file that shows it: git holds `index.lock` while a pull, merge, checkout or rebase writes files. */
  lockFile: string;
}

/**
 * Whether git is busy writing files in the repository around `folder`. git writes the working tree
 * file by file, not atomically, and holds `.git/index.lock` for as long as it does: a sync that read
 * the folder then could take half of a pull for an edit. Walks up from the folder to the first `.git`
 * (a directory, or the file a worktree or submodule has, "gitdir: <path>").
 */
export function gitActivity(folder: string): GitActivity | null {
  let current = path.resolve(folder);
  for (;;) {
    const dotGit = path.join(current, '.git');
    const gitDir = resolveGitDir(dotGit);
    if (gitDir) {
      const lockFile = path.join(gitDir, 'index.lock');
      return fs.existsSync(lockFile) ? { repo: current, lockFile } : null;
    }
    const parent = path.dirname(current);
    if (parent === current) return null;
    current = parent;
  }
}

function resolveGitDir(dotGit: string): string | null {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(dotGit);
  } catch {
    return null;
  }
  if (stat.isDirectory()) return dotGit;
  const pointer = /^gitdir:\s*(.+)$/m.exec(fs.readFileSync(dotGit, 'utf8'))?.[1]?.trim();
  return pointer ? path.resolve(path.dirname(dotGit), pointer) : null;
}
