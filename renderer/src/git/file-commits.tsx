import { useId, useState } from 'react';
import type { Decision } from '../../../shared/domain/decision';
import type { GitFileCommit } from '../../../shared/api/git-operations';
import { errorMessage } from '../api/error-message';
import { ErrorAlert } from '../components/error-alert';
import { Loading } from '../components/loading';
import { DiffView } from '../history/diff-view';
import { mutate } from '../queries/run-mutation';
import { queryErrorMessage, useServerQuery } from '../queries/server-query';

/**
 * git's history of the decision's file, beside Cairn's revisions: the commits that touched it
 * (following renames), each with its diff of the file to unfold. A record whose date is still
 * unknown (its file was committed after Cairn read it; import and sync date the others from git
 * themselves) is offered the date of the commit that added its file, labelled as git's, and stored
 * only when the person takes it.
 */
export function FileCommits({ decision }: { decision: Decision }) {
  const id = useId();
  const query = useServerQuery('gitFileHistory', { decisionId: decision.id });
  const history = query.data;
  const whenFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <section className="git-history" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        In git
      </h2>
      <ErrorAlert message={queryErrorMessage(query)} />
      {history === undefined ? (
        !query.error && <Loading label="Reading git’s history of the file…" />
      ) : history.state !== 'ready' ? (
        <p className="section-text" data-state={history.state}>
          {history.message}
        </p>
      ) : (
        <>
          {decision.date === null && history.added !== null && <GitDateFallback decision={decision} date={history.added.date} />}
          {history.commits.length === 0 ? (
            <p className="section-text">
              No commit has <code>{history.file}</code> yet: commit it from the Markdown page.
            </p>
          ) : (
            <>
              <p className="section-text">
                {history.commits.length === 1 ? 'One commit' : `${history.commits.length} commits`} touched <code>{history.file}</code>
                {history.truncated ? ' (the latest are listed; git log --follow shows them all)' : ''}. Open one to see its diff of the file.
              </p>
              <ol className="git-commits" aria-label="Commits of the file">
                {history.commits.map((commit) => (
                  <CommitItem key={commit.commit} commit={commit} when={whenFormat.format(new Date(commit.date))} />
                ))}
              </ol>
            </>
          )}
        </>
      )}
    </section>
  );
}

function CommitItem({ commit, when }: { commit: GitFileCommit; when: string }) {
  return (
    <li className="git-commit">
      <details>
        <summary>
          <span className="git-commit-subject">{commit.subject || '(no message)'}</span>{' '}
          <span className="git-commit-meta">
            {commit.author} · <time dateTime={commit.date}>{when}</time> · <code>{commit.commit.slice(0, 7)}</code>
          </span>
        </summary>
        {commit.body && <p className="git-commit-body">{commit.body}</p>}
        {commit.renamedFrom !== null && (
          <p className="section-text">
            Renamed from <code>{commit.renamedFrom}</code> to <code>{commit.path}</code>.
          </p>
        )}
        {commit.binary ? (
          <p className="diff-none">git shows this change of the file as binary.</p>
        ) : commit.hunks.length === 0 ? (
          commit.renamedFrom === null && <p className="diff-none">No line of the file changed in this commit (a merge shows its changes in the commits it joins).</p>
        ) : (
          commit.hunks.map((hunk, index) => (
            <div key={`${index}-${hunk.header}`} className="git-hunk">
              <p className="git-hunk-header">
                <code>{hunk.header}</code>
              </p>
              <DiffView lines={hunk.lines} />
            </div>
          ))
        )}
      </details>
    </li>
  );
}

/** The date git gives the record, said to be git's; stored as the decision's own only when taken. */
function GitDateFallback({ decision, date }: { decision: Decision; date: string }) {
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const take = async () => {
    setSaving(true);
    setError(null);
    try {
      await mutate('updateDecision', { id: decision.id, baseRevision: decision.revision, changes: { date } });
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setSaving(false);
    }
  };
  return (
    <div className="git-date-fallback">
      <p className="section-text">
        This decision gives no date of its own. <strong>Date from git: first commit {date}</strong> (when its file was added), not stored as the decision’s
        date unless you use it.
      </p>
      <ErrorAlert message={error} />
      <button type="button" className="button" onClick={() => void take()} disabled={saving}>
        {saving ? 'Saving…' : `Use ${date} as the decision’s date`}
      </button>
    </div>
  );
}
