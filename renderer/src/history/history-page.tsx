import { useState } from 'react';
import type { RevisionSummary } from '../../../shared/api/contract';
import type { Decision } from '../../../shared/domain/decision';
import { useDocumentTitle } from '../app/use-document-title';
import { ErrorAlert } from '../components/error-alert';
import { Loading } from '../components/loading';
import { PageHeader } from '../components/page-header';
import { DecisionMissing } from '../decision/decision-missing';
import { FileCommits } from '../git/file-commits';
import { useDecision } from '../decision/use-decision';
import { decisionName } from '../decisions/decision-name';
import { routeHash } from '../router';
import { queryErrorMessage, useServerQuery } from '../queries/server-query';
import { DiffView } from './diff-view';
import { RestoreRevisionDialog } from './restore-revision-dialog';

/** Every saved revision of a decision, and the difference between any two. */
export function HistoryPage({ id }: { id: string }) {
  const { decision, loadError, notFound } = useDecision(id);
  const history = useServerQuery('listRevisions', { decisionId: id });
  const revisions = history.data ?? null;
  useDocumentTitle(decision ? `History of ${decisionName(decision)}` : null);

  if (!decision) return <DecisionMissing loadError={loadError} notFound={notFound} />;

  return (
    <div className="page page-history">
      <PageHeader
        title={`History of ${decisionName(decision)}`}
        subtitle={
          <>
            Every save is a revision; below them, the commits git has of its file. <a href={routeHash({ name: 'decision', id })}>Back to the decision</a>
          </>
        }
      />
      <ErrorAlert message={queryErrorMessage(history)} />
      {revisions ? (
        <RevisionCompare key={revisions[0]?.revision ?? 0} decision={decision} revisions={revisions} />
      ) : (
        !history.error && <Loading label="Loading history…" />
      )}
      <FileCommits decision={decision} />
    </div>
  );
}

/** The revisions with From and To choices; opens on the diff between the last two. */
function RevisionCompare({ decision, revisions }: { decision: Decision; revisions: RevisionSummary[] }) {
  const decisionId = decision.id;
  const [restoring, setRestoring] = useState<RevisionSummary | null>(null);
  const latest = revisions[0]?.revision ?? 1;
  const [from, setFrom] = useState(revisions[1]?.revision ?? latest);
  const [to, setTo] = useState(latest);
  // The pair whose diff is on screen: chosen with Show diff, at first the last two revisions.
  const [shown, setShown] = useState(revisions.length < 2 ? null : { from, to });
  // The last diff stays on screen while the next one is read.
  const diffQuery = useServerQuery('diffRevisions', { decisionId, from: shown?.from ?? 1, to: shown?.to ?? 1 }, { enabled: shown !== null, keepPrevious: true });
  const diff = shown && diffQuery.data ? { from: diffQuery.data.from.revision, to: diffQuery.data.to.revision, lines: diffQuery.data.lines } : null;
  const loadingDiff = diffQuery.isFetching;
  const whenFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <>
      <div className="table-wrap">
        <table className="history-table">
          <thead>
            <tr>
              <th scope="col">Revision</th>
              <th scope="col">Author</th>
              <th scope="col">When</th>
              <th scope="col">Change</th>
              <th scope="col" className="compare-col">
                From
              </th>
              <th scope="col" className="compare-col">
                To
              </th>
            </tr>
          </thead>
          <tbody>
            {revisions.map((revision) => (
              <tr key={revision.revision} className={revision.revision === from || revision.revision === to ? 'is-compared' : undefined}>
                <td className="revision-number">{revision.revision}</td>
                <td>{revision.author}</td>
                <td>
                  <time dateTime={revision.createdAt}>{whenFormat.format(new Date(revision.createdAt))}</time>
                </td>
                <td className="revision-summary">{revision.summary}</td>
                <td className="compare-col">
                  <input
                    type="radio"
                    name="compare-from"
                    className="radio"
                    aria-label={`Compare from revision ${revision.revision}`}
                    checked={from === revision.revision}
                    onChange={() => setFrom(revision.revision)}
                  />
                </td>
                <td className="compare-col">
                  <input
                    type="radio"
                    name="compare-to"
                    className="radio"
                    aria-label={`Compare to revision ${revision.revision}`}
                    checked={to === revision.revision}
                    onChange={() => setTo(revision.revision)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="diff-toolbar">
        <button type="button" className="button button-primary" onClick={() => setShown({ from, to })} disabled={loadingDiff}>
          Show diff
        </button>
        {from !== decision.revision && (
          <button type="button" className="button" onClick={() => setRestoring(revisions.find((r) => r.revision === from) ?? null)}>
            Restore revision {from}
          </button>
        )}
        <span className="diff-hint">
          Pick two revisions with the From and To columns.
        </span>
      </div>
      <ErrorAlert message={queryErrorMessage(diffQuery)} />
      <section className="diff" aria-label="Diff">
        {diff ? (
          <>
            <h2 className="diff-title">
              Revision {diff.from} → revision {diff.to}
            </h2>
            <DiffView key={`${diff.from}-${diff.to}`} lines={diff.lines} />
          </>
        ) : (
          <p className="diff-none">{revisions.length < 2 ? 'Only one revision so far: edit the decision to make another.' : 'Choose two revisions and Show diff.'}</p>
        )}
      </section>
      {restoring && <RestoreRevisionDialog decision={decision} revision={restoring} onClose={() => setRestoring(null)} />}
    </>
  );
}
