import { useEffect, useMemo, useRef, useState } from 'react';
import { statusLabel } from '../../../shared/domain/decision-status';
import { TIMELINE_KINDS, type TimelineEvent, type TimelineKind } from '../../../shared/overview/timeline-event';
import { kindTotal } from '../../../shared/overview/timeline-summary';
import { useDocumentTitle } from '../app/use-document-title';
import { EmptyState } from '../components/empty-state';
import { ErrorAlert } from '../components/error-alert';
import { Loading } from '../components/loading';
import { statusTone } from '../components/status-tone';
import { PageHeader } from '../components/page-header';
import { KIND_LABELS } from './event-kinds';
import { TimelineEntry } from './timeline-entry';
import { axisLabel, collapseQuietMonths, eventsThrough, loadedMonths, timelineMonths, undatedEvents, type TimelineMonth, type TimelineStretch } from './timeline-months';
import { TIMELINE_STEP, useTimelinePages } from './use-timeline-pages';

/**
 * Decisions, sessions, goal check-ins and rotation sessions on one time axis, newest first, so a
 * team can answer "what did we decide, and what changed in how we work, around March?".
 */
export function TimelinePage({ workspaceId }: { workspaceId: string }) {
  const [kinds, setKinds] = useState<TimelineKind[]>([...TIMELINE_KINDS]);
  const [statuses, setStatuses] = useState<string[]>([]);
  // The filter is the host's: it pages through the chosen events only, and counts them for the axis.
  const timeline = useTimelinePages(workspaceId, { kinds, statuses });
  const { summary, events, error } = timeline;
  useDocumentTitle('Timeline');

  const months = useMemo(() => timelineMonths(summary?.months ?? [], events), [summary, events]);
  const undated = useMemo(() => undatedEvents(events), [events]);
  const stretches = useMemo(() => collapseQuietMonths(loadedMonths(months)), [months]);
  const hidden = Math.max(0, (summary?.total ?? 0) - events.length);

  // A month chosen on the axis that is not loaded yet is scrolled to once its events have rendered.
  const pendingScroll = useRef<{ month: string; through: number } | null>(null);
  useEffect(() => {
    const pending = pendingScroll.current;
    if (!pending || (events.length < pending.through && hidden > 0)) return;
    document.getElementById(monthAnchor(stretches, pending.month))?.scrollIntoView({ block: 'start' });
    pendingScroll.current = null;
  }, [stretches, events.length, hidden]);
  const showMonth = (month: string) => {
    const needed = eventsThrough(months, month);
    if (needed <= events.length) {
      document.getElementById(monthAnchor(stretches, month))?.scrollIntoView({ block: 'start' });
      return;
    }
    pendingScroll.current = { month, through: needed };
    timeline.loadThrough(needed);
  };

  const toggle = <T,>(list: T[], value: T) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

  return (
    <div className="page page-timeline">
      <PageHeader title="Timeline" subtitle="What the team decided, and what changed in how it works, month by month." />
      <ErrorAlert message={error} />
      {summary === null ? (
        !error && <Loading label="Reading the history…" />
      ) : kindTotal(summary.kinds) === 0 ? (
        <EmptyState title="Nothing has happened yet">
          <p className="empty-state-text">
            Every decision proposed, accepted or superseded lands here on the day it happened, with decision sessions, goal
            check-ins and rotation sessions beside them. Write a decision to start the story.
          </p>
        </EmptyState>
      ) : (
        <>
          <div className="timeline-filters">
            <div className="toolbar" role="group" aria-label="Show kinds">
              {TIMELINE_KINDS.map((kind) => (
                <button
                  key={kind}
                  type="button"
                  className={`filter-chip filter-chip-${kind}`}
                  aria-pressed={kinds.includes(kind)}
                  onClick={() => setKinds(toggle(kinds, kind))}
                >
                  <span className={`kind-dot kind-dot-${kind}`} aria-hidden="true" />
                  {KIND_LABELS[kind]} <span className="filter-chip-count">{summary.kinds[kind]}</span>
                </button>
              ))}
            </div>
            {summary.statuses.length > 1 && kinds.includes('decision') && (
              <div className="toolbar" role="group" aria-label="Decision statuses">
                {summary.statuses.map((status) => (
                  <button key={status} type="button" className="filter-chip" aria-pressed={statuses.includes(status)} onClick={() => setStatuses(toggle(statuses, status))}>
                    <span className={`status-dot status-dot-${statusTone(status)}`} aria-hidden="true" />
                    {statusLabel(status)}
                  </button>
                ))}
              </div>
            )}
          </div>
          {summary.total === 0 ? (
            <p className="section-empty">Nothing of the chosen kinds. Choose others above.</p>
          ) : (
            <>
              {months.length > 0 && <MonthAxis months={months} onChoose={showMonth} />}
              {stretches.map((stretch) =>
                stretch.kind === 'month' ? (
                  <MonthSection key={stretch.month.month} month={stretch.month} />
                ) : (
                  <p key={stretch.to} id={`month-${stretch.to}`} className="timeline-quiet timeline-quiet-stretch">
                    {stretch.label}
                  </p>
                ),
              )}
              {undated.length > 0 && <UndatedSection events={undated} />}
              {hidden > 0 && (
                <div className="timeline-more">
                  <button type="button" className="button" onClick={() => timeline.loadThrough(events.length + TIMELINE_STEP)}>
                    Show {Math.min(TIMELINE_STEP, hidden)} earlier {Math.min(TIMELINE_STEP, hidden) === 1 ? 'event' : 'events'}
                  </button>
                  <span className="timeline-more-count">{hidden.toLocaleString('en')} not shown yet</span>
                </div>
              )}
            </>
          )}
        </>
      )}
    </div>
  );
}

/** A bar per month, oldest on the left, as tall as the month was busy; each jumps to its month. */
function MonthAxis({ months, onChoose }: { months: TimelineMonth[]; onChoose: (month: string) => void }) {
  const busiest = Math.max(1, ...months.map((m) => m.total));
  return (
    <nav className="timeline-axis" aria-label="Months">
      {[...months].reverse().map((month) => (
        <a
          key={month.month}
          href={`#month-${month.month}`}
          className="timeline-axis-month"
          title={`${month.label}: ${month.total} events`}
          aria-label={`${month.label}, ${month.total} ${month.total === 1 ? 'event' : 'events'}`}
          onClick={(event) => {
            // The hash is the router's: scroll to the month without changing the page.
            event.preventDefault();
            onChoose(month.month);
          }}
        >
          <span className="timeline-axis-bar" style={{ height: `${Math.round((month.total / busiest) * 100)}%` }}>
            {TIMELINE_KINDS.map((kind) =>
              month.counts[kind] > 0 ? <span key={kind} className={`kind-fill kind-dot-${kind}`} style={{ flexGrow: month.counts[kind] }} /> : null,
            )}
          </span>
          <span className="timeline-axis-label">{axisLabel(month.month, months.length)}</span>
        </a>
      ))}
    </nav>
  );
}

/** The element a month on the axis scrolls to: its section, or the line of the quiet stretch it is in. */
function monthAnchor(stretches: readonly TimelineStretch[], month: string): string {
  const quiet = stretches.find((s) => s.kind === 'quiet' && s.from <= month && month <= s.to);
  return quiet?.kind === 'quiet' ? `month-${quiet.to}` : `month-${month}`;
}

/** Decisions no file dates: when they were taken is not known, so they are filed here, not on a made-up day. */
function UndatedSection({ events }: { events: TimelineEvent[] }) {
  return (
    <section className="timeline-month" id="month-undated" aria-label="No date">
      <h2 className="section-title">No date</h2>
      <p className="timeline-quiet">No file or git history says when these were decided.</p>
      <ol className="timeline-list">
        {events.map((event) => (
          <TimelineEntry key={event.key} event={event} />
        ))}
      </ol>
    </section>
  );
}

function MonthSection({ month }: { month: TimelineMonth }) {
  return (
    <section className="timeline-month" id={`month-${month.month}`} aria-label={month.label}>
      <h2 className="section-title">{month.label}</h2>
      <ol className="timeline-list">
        {month.events.map((event) => (
          <TimelineEntry key={event.key} event={event} />
        ))}
      </ol>
    </section>
  );
}
