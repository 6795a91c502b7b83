import { useId, useState } from 'react';
import type { GitChangedFile, GitPullMode, GitPullResult, GitStatus } from '../../../shared/api/git-operations';
import { formatDecisionNumber } from '../../../shared/domain/decision';
import { errorMessage } from '../api/error-message';
import { ErrorAlert } from '../components/error-alert';
import { mutate } from '../queries/run-mutation';
import { queryErrorMessage, useServerQuery } from '../queries/server-query';

/** git's state changes outside Cairn too (a terminal, an editor): read again this often while the page is open. */
const STATUS_POLL_MS = 15_000;

/** git's words for a change, as a person reads them: a file git does not track yet is simply new. */
const KIND_WORDS: Record<GitChangedFile['kind'], string> = {
  modified: 'changed',
  added: 'new',
  untracked: 'new',
  deleted: 'deleted',
  renamed: 'renamed',
  conflicted: 'conflict',
};

type Busy = 'commit' | 'pull' | 'push' | null;

/** What each way of pulling does, as the choice says it. */
const PULL_MODES: readonly { mode: GitPullMode; label: string }[] = [
  { mode: 'fast-forward', label: 'fast-forward only' },
  { mode: 'rebase', label: 'rebase my commits' },
  { mode: 'merge', label: 'merge' },
];

/** What a pull did, in words. */
const PULL_OUTCOMES: Record<GitPullResult['outcome'], string> = {
  'up-to-date': 'Already up to date',
  'fast-forwarded': 'Fast-forwarded',
  rebased: 'Rebased onto the upstream',
  merged: 'Merged the upstream',
  'merge-stopped': 'The merge stopped at conflicts',
};

/**
 * The repository the linked folder is in: branch, upstream and how far apart they are, the decision
 * files git reports as changed, and commit, pull and push. `onSynced` is told after a pull synced
 * the folder, for the parts of the page that show what a sync did.
 */
export function GitPanel({ workspaceId, onSynced }: { workspaceId: string; onSynced?: () => void }) {
  const id = useId();
  const query = useServerQuery('gitStatus', { workspaceId }, { refetchInterval: STATUS_POLL_MS, keepPrevious: true });
  const status = query.data;
  return (
    <section className="sync-panel git-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        Git
      </h2>
      <ErrorAlert message={queryErrorMessage(query)} />
      {status === undefined ? (
        !query.error && <p className="section-text">Reading the repository…</p>
      ) : status.state === 'ready' ? (
        <Repository workspaceId={workspaceId} status={status} onSynced={onSynced} />
      ) : (
        <p className="section-text git-unavailable" data-state={status.state}>
          {status.message}
        </p>
      )}
    </section>
  );
}

function Repository({ workspaceId, status, onSynced }: { workspaceId: string; status: GitStatus; onSynced: (() => void) | undefined }) {
  const id = useId();
  const [unchecked, setUnchecked] = useState<ReadonlySet<string>>(new Set());
  const [message, setMessage] = useState<string | null>(null);
  const [pullMode, setPullMode] = useState<GitPullMode>('fast-forward');
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  // A file the person has not unticked is in: new changes come in ticked, as "all by default" says.
  const chosen = status.files.filter((file) => !unchecked.has(file.file));
  const text = message ?? status.suggestedMessage;
  const canPushUpstream = status.upstream === null && status.branch !== null && status.remotes.length > 0;
  const merging = status.operation === 'merge';
  const unsettled = status.files.filter((file) => file.kind === 'conflicted');
  // A merge is finished by one commit of everything it brought, whether or not any decision file differs from ours.
  const canCommit = status.author !== null && text.trim() !== '' && (merging ? unsettled.length === 0 : chosen.length > 0);

  const run = async (action: Exclude<Busy, null>, work: () => Promise<string>) => {
    setBusy(action);
    setError(null);
    setNotice(null);
    try {
      setNotice(await work());
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(null);
    }
  };

  const commit = () =>
    run('commit', async () => {
      const all = merging || chosen.length === status.files.length;
      const result = await mutate('gitCommit', { workspaceId, message: text, ...(all ? {} : { files: chosen.map((file) => file.file) }) });
      setMessage(null);
      setUnchecked(new Set());
      if (merging) return `Committed the merge ${result.commit.slice(0, 7)}: ${result.summary}`;
      return `Committed ${result.commit.slice(0, 7)} (${plural(result.files.length, 'file')}): ${result.summary}`;
    });
  const pull = () =>
    run('pull', async () => {
      const result = await mutate('gitPull', { workspaceId, mode: pullMode });
      onSynced?.();
      const came = result.sync.pulled.length;
      const found = result.sync.conflicts.length > 0 ? ` and found ${plural(result.sync.conflicts.length, 'conflict')}` : '';
      const next = result.outcome === 'merge-stopped' ? ' Settle each conflict under Conflicts, then commit the merge here.' : '';
      return `${PULL_OUTCOMES[result.outcome]}; the sync brought ${plural(came, 'file')} into Cairn${found}.${next}`;
    });
  const push = () =>
    run('push', async () => {
      const result = await mutate('gitPush', { workspaceId, setUpstream: canPushUpstream });
      return `Pushed ${result.branch} to ${result.upstream}.`;
    });

  return (
    <>
      <dl className="sync-facts">
        <div>
          <dt>Branch</dt>
          <dd>
            <code>{status.branch ?? 'none (detached HEAD)'}</code>
          </dd>
        </div>
        <div>
          <dt>Upstream</dt>
          <dd>{status.upstream === null ? 'None yet' : <code>{status.upstream}</code>}</dd>
        </div>
        {status.ahead !== null && status.behind !== null && (
          <div>
            <dt>Ahead / behind</dt>
            <dd data-testid="git-ahead-behind">{aheadBehind(status.ahead, status.behind)}</dd>
          </div>
        )}
        <div>
          <dt>Repository</dt>
          <dd>
            <code>{status.repository}</code>
            {status.folder ? (
              <>
                {' '}
                (decisions in <code>{status.folder}</code>)
              </>
            ) : null}
          </dd>
        </div>
      </dl>
      {status.operation !== 'none' && (
        <p role="status" className="git-operation">
          {!merging
            ? 'A rebase is under way: finish it (git rebase --continue) or undo it (git rebase --abort) in a terminal.'
            : unsettled.length > 0
              ? `A merge is under way: settle the ${plural(unsettled.length, 'conflict')} under Conflicts (keep ours, keep theirs or merge by hand), then commit the merge here.`
              : 'A merge is under way and its conflicts are settled: commit the merge to finish it.'}
        </p>
      )}
      <h3 className="git-subtitle">Changed decision files</h3>
      {status.files.length === 0 ? (
        <p className="section-text">No decision file of the folder has changed since the last commit.</p>
      ) : (
        <ul className="git-files" aria-label="Changed decision files">
          {status.files.map((file) => (
            <li key={file.file}>
              <label className="git-file">
                <input
                  type="checkbox"
                  className="checkbox"
                  // A merge commits all it brought: no file can be left out of it.
                  disabled={merging}
                  checked={merging || !unchecked.has(file.file)}
                  onChange={(event) => setUnchecked((current) => toggled(current, file.file, !event.target.checked))}
                />
                <span className="git-file-kind">{KIND_WORDS[file.kind]}</span>
                <code>{file.file}</code>
                <span className="git-file-decision">{decisionName(file)}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
      <div className="field git-message">
        <label htmlFor={`${id}-message`}>Commit message</label>
        <textarea id={`${id}-message`} className="textarea" rows={3} value={text} onChange={(event) => setMessage(event.target.value)} />
      </div>
      <p className="section-text git-author">
        {status.author === null
          ? 'git has no identity to commit as. Tell it who you are, in a terminal: git config --global user.name "Your Name" and git config --global user.email "you@example.com".'
          : `Commits as ${status.author}.`}
      </p>
      <ErrorAlert message={error} />
      {notice && (
        <p role="status" className="sync-result">
          {notice}
        </p>
      )}
      <div className="sync-actions">
        <label className="git-pull-mode">
          Pull by{' '}
          <select className="select" value={pullMode} onChange={(event) => setPullMode(event.target.value as GitPullMode)} aria-label="Pull by">
            {PULL_MODES.map((choice) => (
              <option key={choice.mode} value={choice.mode}>
                {choice.label}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button" onClick={() => void pull()} disabled={busy !== null || status.upstream === null || status.operation !== 'none'}>
          {busy === 'pull' ? 'Pulling…' : 'Pull'}
        </button>
        <button type="button" className="button" onClick={() => void push()} disabled={busy !== null || status.operation !== 'none' || (status.upstream === null && !canPushUpstream)}>
          {busy === 'push' ? 'Pushing…' : canPushUpstream ? 'Push and set upstream' : 'Push'}
        </button>
        <button type="button" className="button button-primary" onClick={() => void commit()} disabled={busy !== null || !canCommit}>
          {busy === 'commit' ? 'Committing…' : merging ? 'Commit the merge' : `Commit ${plural(chosen.length, 'file')}`}
        </button>
      </div>
    </>
  );
}

function decisionName(file: GitChangedFile): string {
  if (file.number === null || file.title === null) return 'not synced with a decision yet';
  return `${formatDecisionNumber(file.number)} ${file.title}`;
}

function aheadBehind(ahead: number, behind: number): string {
  if (ahead === 0 && behind === 0) return 'In step with the upstream';
  const parts = [...(ahead > 0 ? [`${plural(ahead, 'commit')} to push`] : []), ...(behind > 0 ? [`${plural(behind, 'commit')} to pull`] : [])];
  return parts.join(', ');
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function toggled(set: ReadonlySet<string>, item: string, present: boolean): ReadonlySet<string> {
  const next = new Set(set);
  if (present) next.add(item);
  else next.delete(item);
  return next;
}
