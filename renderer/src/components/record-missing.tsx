import { EmptyState } from './empty-state';
import { ErrorAlert } from './error-alert';
import { Loading } from './loading';

export interface RecordMissingProps {
  loadError: string | null;
  notFound: boolean;
  /** What the page shows, in words: "decision", "goal". */
  noun: string;
  /** Where the person can go instead, and the button's words. */
  listHref: string;
  listLabel: string;
}

/** What a record's page shows until its record is there: loading, gone, or an error. */
export function RecordMissing({ loadError, notFound, noun, listHref, listLabel }: RecordMissingProps) {
  if (notFound) {
    return (
      <div className="page">
        <EmptyState level={1} title={`This ${noun} is not here`}>
          <p className="empty-state-text">It may have been deleted, or the link points into another workspace.</p>
          <a className="button button-primary" href={listHref}>
            {listLabel}
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
  return <Loading label={`Loading ${noun}…`} />;
}
