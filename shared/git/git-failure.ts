/** What Cairn asked git to do when it failed, for the words of the message. */
export type GitAction = 'commit' | 'fetch' | 'pull' | 'push';

/** Why a git command failed, as far as its words tell. */
export type GitFailureKind =
  | 'no-upstream'
  | 'rejected'
  | 'authentication'
  | 'no-remote'
  | 'network'
  | 'no-identity'
  | 'diverged'
  | 'local-changes'
  | 'nothing-to-commit'
  | 'hook'
  | 'other';

export interface GitFailure {
  kind: GitFailureKind;
  /** In plain words, what went wrong and what to do, ending with git's own words. */
  message: string;
}

/** How to give git an identity, in the words a terminal takes. */
export const SET_IDENTITY =
  'Tell git who you are, in a terminal: git config --global user.name "Your Name" and git config --global user.email "you@example.com"; then commit again.';

// Matched against git's English messages: the runner sets LC_ALL=C, so a translated git still says these.
const KINDS: readonly { kind: GitFailureKind; pattern: RegExp; words: (action: GitAction) => string }[] = [
  { kind: 'no-identity', pattern: /Please tell me who you are|Author identity unknown|empty ident name|unable to auto-detect email address/i, words: () => `git does not know who you are, so it cannot commit. ${SET_IDENTITY}` },
  { kind: 'no-upstream', pattern: /has no upstream branch|no tracking information|There is no tracking information/i, words: () => 'This branch has no upstream on a remote yet: push it with "Set upstream" first, or set one in a terminal (git push --set-upstream origin <branch>).' },
  {
    kind: 'rejected',
    pattern: /\[rejected\]|\[remote rejected\]|non-fast-forward|fetch first|Updates were rejected/i,
    words: () => 'The remote refused the push: it has commits this clone does not have yet. Pull first (fast-forward or rebase), then push again.',
  },
  {
    kind: 'authentication',
    pattern: /Authentication failed|Permission denied|could not read (Username|Password)|terminal prompts disabled|access denied|HTTP Basic: Access denied|403/i,
    words: (action) => `The remote did not accept your credentials, so the ${action} did not happen. Cairn uses git's own credentials (credential helper, SSH key): check them with the same ${action} in a terminal.`,
  },
  { kind: 'no-remote', pattern: /does not appear to be a git repository|No such remote|repository .* not found|No configured push destination/i, words: (action) => `git cannot find the remote repository for the ${action}: check the remote's address (git remote -v).` },
  { kind: 'network', pattern: /Could not resolve host|Connection refused|Connection timed out|Network is unreachable|unable to access/i, words: (action) => `git could not reach the remote for the ${action}: check the network connection and try again.` },
  { kind: 'diverged', pattern: /Not possible to fast-forward|not possible to fast-forward/i, words: () => 'This branch and its upstream both have new commits, so it cannot fast-forward: pull with rebase instead (or merge in a terminal).' },
  {
    kind: 'local-changes',
    pattern: /would be overwritten by|cannot (pull with )?rebase: You have unstaged changes|Your index contains uncommitted changes|Please commit or stash them/i,
    words: (action) => `Files changed here and not committed are in the way of the ${action}: commit them (or stash them in a terminal) first.`,
  },
  { kind: 'nothing-to-commit', pattern: /nothing to commit|nothing added to commit|no changes added to commit/i, words: () => 'There is nothing to commit: the chosen files are as the last commit has them.' },
  { kind: 'hook', pattern: /hook.*(failed|declined|exit)|pre-commit|commit-msg/i, words: (action) => `A git hook of this repository refused the ${action}; its output is below.` },
];

/**
 * git's failure in plain words: what happened and what to do, followed by what git itself said (its
 * error lines, the first few), so nothing of git's message is hidden behind Cairn's reading of it.
 */
export function describeGitFailure(action: GitAction, output: string): GitFailure {
  const said = gitSaid(output);
  const known = KINDS.find((candidate) => candidate.pattern.test(output));
  const kind = known?.kind ?? 'other';
  const words = known ? known.words(action) : `git could not ${action}.`;
  return { kind, message: said ? `${words} git said: ${said}` : words };
}

/** The lines of git's output that say what went wrong, joined: its error lines, or else its last lines. */
function gitSaid(output: string): string {
  const lines = output
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  const errors = lines.filter((line) => /^(fatal|error|hint: Updates|remote: error|!)/i.test(line) || line.includes('[rejected]'));
  const chosen = (errors.length > 0 ? errors : lines.slice(-3)).slice(0, 4);
  return chosen.join(' ');
}
