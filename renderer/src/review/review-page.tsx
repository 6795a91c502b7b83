import { toCalendarDate } from '../../../shared/domain/calendar-date';
import type { DecisionSummary } from '../../../shared/domain/decision';
import { useDocumentTitle } from '../app/use-document-title';
import { EmptyState } from '../components/empty-state';
import { ErrorAlert } from '../components/error-alert';
import { Loading } from '../components/loading';
import { StatusBadge } from '../components/status-badge';
import { PageHeader } from '../components/page-header';
import { decisionName } from '../decisions/decision-name';
import { routeHash } from '../router';
import { queryErrorMessage, useServerQuery } from '../queries/server-query';
import { ReviewButtons } from './review-buttons';
import { reviewTiming } from './review-timing';

/** How far ahead "coming up" looks. */
const COMING_UP_DAYS = 30;

/** Decisions whose review-by date has come, and those coming up: decisions are right at a point in time. */
export function ReviewPage({ workspaceId }: { workspaceId: string }) {
  const dueQuery = useServerQuery('listDueForReview', { workspaceId, withinDays: 0 });
  const withinQuery = useServerQuery('listDueForReview', { workspaceId, withinDays: COMING_UP_DAYS });
  const due = dueQuery.data ?? null;
  const dueIds = new Set(due?.map((d) => d.id));
  const comingUp = withinQuery.data?.filter((d) => !dueIds.has(d.id)) ?? null;
  const error = queryErrorMessage(dueQuery) ?? queryErrorMessage(withinQuery);
  useDocumentTitle('Due for review');

  const today = toCalendarDate(new Date());

  return (
    <div className="page page-review">
      <PageHeader title="Due for review" subtitle="A decision is right at a point in time. These asked to be looked at again." />
      <ErrorAlert message={error} />
      {due === null || comingUp === null ? (
        <Loading label="Loading reviews…" />
      ) : (
        <>
          {due.length === 0 ? (
            <EmptyState title="Nothing is due for review">
              <p className="empty-state-text">
                When a decision&apos;s review-by date comes, it shows up here. Set one in the editor for decisions that
                should be revisited — &ldquo;not a problem at this point in time&rdquo;.
              </p>
            </EmptyState>
          ) : (
            <section className="review-section">
              <h2 className="section-title">Due now</h2>
              <ReviewList decisions={due} today={today} />
            </section>
          )}
          <section className="review-section">
            <h2 className="section-title">Coming up in {COMING_UP_DAYS} days</h2>
            {comingUp.length === 0 ? (
              <p className="section-empty">Nothing comes up for review in the next {COMING_UP_DAYS} days.</p>
            ) : (
              <ReviewList decisions={comingUp} today={today} />
            )}
          </section>
        </>
      )}
    </div>
  );
}

function ReviewList({ decisions, today }: { decisions: DecisionSummary[]; today: string }) {
  return (
    <ul className="review-list">
      {decisions.map((decision) => {
        const timing = decision.reviewBy ? reviewTiming(decision.reviewBy, today) : null;
        return (
          <li key={decision.id} className="review-row">
            <a className="review-link" href={routeHash({ name: 'decision', id: decision.id })}>
              {decisionName(decision)}
            </a>
            <StatusBadge status={decision.status} />
            <span className={timing?.overdue ? 'review-when is-overdue' : 'review-when'}>
              Review by <time dateTime={decision.reviewBy ?? undefined}>{decision.reviewBy}</time>
              {timing && <span className="review-timing"> · {timing.text}</span>}
            </span>
            <ReviewButtons decisionId={decision.id} name={decisionName(decision)} today={today} due={decision.reviewBy !== null && decision.reviewBy <= today} />
          </li>
        );
      })}
    </ul>
  );
}
