import { EmptyState } from '../components/empty-state';
import { ErrorAlert } from '../components/error-alert';
import { Loading } from '../components/loading';

/** What a decision page shows until its decision is there: loading, gone, or an error. */
export function DecisionMissing({ loadError, notFound }: { loadError: string | null; notFound: boolean }) {
  if (notFound) {
    return (
      <div className="page">
        <EmptyState level={1} title="This decision is not here">
          <p className="empty-state-text">It may have been deleted, or the link points into another workspace.</p>
          <a className="button button-primary" href="#/decisions">
            Go to the decision list
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
  return <Loading label="Loading decision…" />;
}
