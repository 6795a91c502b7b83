import { describe, expect, it } from 'vitest';
import { describeGitFailure } from './git-failure';

// git 2.39's own words for each failure.
const CASES = [
  ['push', 'fatal: The current branch topic has no upstream branch.\nTo push the current branch and set the remote as upstream, use\n\n    git push --set-upstream origin topic\n', 'no-upstream'],
  [
    'push',
    "To /tmp/remote.git\n ! [rejected]        main -> main (fetch first)\nerror: failed to push some refs to '/tmp/remote.git'\nhint: Updates were rejected because the remote contains work that you do\n",
    'rejected',
  ],
  ['push', "remote: Invalid username or password.\nfatal: Authentication failed for 'https://github.com/acme/adr.git/'\n", 'authentication'],
  ['fetch', 'git@github.com: Permission denied (publickey).\nfatal: Could not read from remote repository.\n', 'authentication'],
  ['fetch', "fatal: could not read Username for 'https://github.com': terminal prompts disabled\n", 'authentication'],
  ['fetch', "fatal: '/tmp/gone.git' does not appear to be a git repository\nfatal: Could not read from remote repository.\n", 'no-remote'],
  ['fetch', "fatal: unable to access 'https://example.invalid/x.git/': Could not resolve host: example.invalid\n", 'network'],
  ['commit', '\n*** Please tell me who you are.\n\nRun\n\n  git config --global user.email "you@example.com"\n', 'no-identity'],
  ['pull', 'hint: Diverging branches can\'t be fast-forwarded.\nfatal: Not possible to fast-forward, aborting.\n', 'diverged'],
  ['pull', 'error: cannot rebase: You have unstaged changes.\nerror: Please commit or stash them.\n', 'local-changes'],
  ['commit', 'On branch main\nnothing to commit, working tree clean\n', 'nothing-to-commit'],
  ['pull', 'fatal: something nobody planned for\n', 'other'],
] as const;

describe('describeGitFailure', () => {
  it.each(CASES)('reads failure %# of a %s', (action, output, kind) => {
    expect(describeGitFailure(action, output).kind).toBe(kind);
  });

  it('says what to do and then what git said', () => {
    const { message } = describeGitFailure('push', CASES[1][1]);
    expect(message).toMatch(/^The remote refused the push: .* Pull first/);
    expect(message).toContain("git said: ! [rejected]        main -> main (fetch first) error: failed to push some refs to '/tmp/remote.git'");
  });

  it('names the commands that give git an identity', () => {
    expect(describeGitFailure('commit', CASES[7][1]).message).toContain('git config --global user.name "Your Name" and git config --global user.email "you@example.com"');
  });
});
