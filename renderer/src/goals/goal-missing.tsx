import { EmptyState } from '../components/empty-state';
import { ErrorAlert } from '../components/error-alert';
import { Loading } from '../components/loading';

/** What a goal page shows until its goal is there: loading, gone, or an error. */
export function GoalMissing({ loadError, notFound }: { loadError: string | null; notFound: boolean }) {
  if (notFound) {
    return (
      <div className="page">
        <EmptyState level={1} title="This goal is not here">
          <p className="empty-state-text">It may have been deleted, or the link points into another workspace.</p>
          <a className="button button-primary" href="#/goals">
            Go to the goals
          </a>
        </EmptyState>
      </div>
    );
  }
  if (loadError) {
    return (
      <div className="page">
        <ErrorAlert message={loadError} />
      </div>
    );
  }
  return <Loading label="Loading goal…" />;
}
