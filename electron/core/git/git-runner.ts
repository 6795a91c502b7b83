import { execFile } from 'node:child_process';

/** What one git command gave: its exit and its output. A failure to start it at all is `missing`. */
export type GitRun =
  | { ok: true; stdout: string; stderr: string }
  | { ok: false; missing: false; timedOut: boolean; code: number | null; stdout: string; stderr: string }
  | { ok: false; missing: true };

export interface GitRunOptions {
  /** Given to git on its standard input (a commit message for `commit -F -`). */
  input?: string;
  /** How long before git is stopped; a fetch or push over a slow network takes the longest. */
  timeoutMs?: number;
  /** The program to run; a test names one that is not there to see Cairn without git. */
  binary?: string;
}

/** Words for a machine without git, for every answer that needed it. */
export const GIT_NOT_INSTALLED = 'git is not installed on this computer (or not on its PATH), so Cairn cannot show or change the repository. Install git, then open this page again; the rest of Cairn works without it.';

const DEFAULT_TIMEOUT_MS = 120_000;

/**
 * Runs the system git with an argument array: no shell, so nothing in an argument (a file name, a
 * commit message, a branch name) is ever interpreted. The person's own configuration applies:
 * credential helpers, SSH keys, hooks, signing. Only the environment is pinned where Cairn reads
 * git's words: messages in English (LC_ALL=C) and no prompt for a password git has no terminal to
 * ask on (GIT_TERMINAL_PROMPT=0), which would otherwise wait until the timeout; file names taken
 * as they are, never as patterns (GIT_LITERAL_PATHSPECS); and no lock taken by a mere status
 * (GIT_OPTIONAL_LOCKS=0), which a sync would read as git writing files (sync/git-activity.ts).
 */
export function runGit(cwd: string, args: readonly string[], { input, timeoutMs = DEFAULT_TIMEOUT_MS, binary = 'git' }: GitRunOptions = {}): Promise<GitRun> {
  return new Promise((resolve) => {
    const child = execFile(
      binary,
      [...args],
      {
        cwd,
        timeout: timeoutMs,
        maxBuffer: 64 * 1024 * 1024,
        encoding: 'utf8',
        windowsHide: true,
        env: { ...process.env, LC_ALL: 'C', LANG: 'C', GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', GIT_LITERAL_PATHSPECS: '1' },
      },
      (error, stdout, stderr) => {
        if (!error) {
          resolve({ ok: true, stdout, stderr });
          return;
        }
        const failure = error as NodeJS.ErrnoException & { killed?: boolean; code?: number | string | null };
        if (failure.code === 'ENOENT') {
          resolve({ ok: false, missing: true });
          return;
        }
        const code = typeof failure.code === 'number' ? failure.code : null;
        resolve({ ok: false, missing: false, timedOut: failure.killed === true && code === null, code, stdout, stderr });
      },
    );
    // A child that never started has no stdin to write to; its error comes to the callback above.
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(input ?? '');
  });
}
