import { NO_DATE } from '../../../shared/domain/calendar-date';
import type { TimelineEvent } from '../../../shared/overview/timeline-event';
import { DecisionDate } from '../components/decision-date';
import { StatusBadge } from '../components/status-badge';
import { targetHash } from './event-target';

/** One event: its day, what it is about (a link to that page) and what happened. */
export function TimelineEntry({ event }: { event: TimelineEvent }) {
  return (
    <li className={`timeline-entry timeline-entry-${event.kind}`}>
      <span className="timeline-dot" aria-hidden="true" />
      {event.date === null ? (
        <span className="timeline-date date-unknown">{NO_DATE}</span>
      ) : (
        <DecisionDate className="timeline-date" date={event.date} source={event.dateSource ?? null} compact />
      )}
      <a className="timeline-title" href={targetHash(event.target)}>
        {event.title}
      </a>
      {event.status ? <StatusBadge status={event.status} /> : <span className="timeline-detail">{event.detail}</span>}
    </li>
  );
}
