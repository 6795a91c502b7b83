import { useEffect, useMemo, useRef, useState } from 'react';
import { statusLabel } from '../../../shared/domain/decision-status';
import { TIMELINE_KINDS, type TimelineEvent, type TimelineKind } from '../../../shared/overview/timeline-event';
import { useDocumentTitle } from '../app/use-document-title';
import { EmptyState } from '../components/empty-state';
import { ErrorAlert } from '../components/error-alert';
import { Loading } from '../components/loading';
import { statusTone } from '../components/status-tone';
import { PageHeader } from '../components/page-header';
import { queryErrorMessage, useServerQuery } from '../queries/server-query';
import { localTimeZone } from '../rotations/rotation-format';
import { KIND_LABELS } from './event-kinds';
import { TimelineEntry } from './timeline-entry';
import { axisLabel, collapseQuietMonths, eventsThrough, filterEvents, timelineMonths, timelineWindow, undatedEvents, type TimelineMonth, type TimelineStretch } from './timeline-months';

/**
 * Events drawn at first and added by each "Show earlier": a page of entries, not the whole history,
 * so ten thousand decisions open as fast as ten (each entry is several elements).
 */
const WINDOW_STEP = 150;

/**
 * Decisions, sessions, goal check-ins and rotation sessions on one time axis, newest first, so a
 * team can answer "what did we decide, and what changed in how we work, around March?".
 */
export function TimelinePage({ workspaceId }: { workspaceId: string }) {
  // Filed under the viewer's days: an event late in the evening here is not moved to tomorrow by UTC.
  const timeline = useServerQuery('getTimeline', { workspaceId, timeZone: localTimeZone() });
  const events = timeline.data?.events ?? null;
  const error = queryErrorMessage(timeline);
  const [kinds, setKinds] = useState<TimelineKind[]>([...TIMELINE_KINDS]);
  const [statuses, setStatuses] = useState<string[]>([]);
  useDocumentTitle('Timeline');

  const kindCounts = useMemo(() => {
    const counts: Record<TimelineKind, number> = { decision: 0, session: 0, 'check-in': 0, rotation: 0 };
    for (const event of events ?? []) counts[event.kind] += 1;
    return counts;
  }, [events]);
  const decisionStatuses = useMemo(
    () => [...new Set((events ?? []).filter((e) => e.kind === 'decision').map((e) => e.status ?? ''))].filter(Boolean).sort(),
    [events],
  );
  const shown = useMemo(() => filterEvents(events ?? [], { kinds, statuses }), [events, kinds, statuses]);
  const months = useMemo(() => timelineMonths(shown), [shown]);
  const undated = useMemo(() => undatedEvents(shown), [shown]);
  const [limit, setLimit] = useState(WINDOW_STEP);
  const windowed = useMemo(() => timelineWindow(months, limit), [months, limit]);
  const stretches = useMemo(() => collapseQuietMonths(windowed.months), [windowed]);
  const datedTotal = useMemo(() => months.reduce((sum, month) => sum + month.events.length, 0), [months]);
  // The undated come after every month, so they join the window once all months are in it.
  const undatedShown = windowed.hidden > 0 ? [] : undated.slice(0, Math.max(0, limit - datedTotal));
  const hidden = windowed.hidden + undated.length - undatedShown.length;

  // A month chosen on the axis outside the window is scrolled to once the wider window has rendered.
  const pendingScroll = useRef<string | null>(null);
  useEffect(() => {
    if (!pendingScroll.current) return;
    document.getElementById(monthAnchor(stretches, pendingScroll.current))?.scrollIntoView({ block: 'start' });
    pendingScroll.current = null;
  }, [stretches]);
  const showMonth = (month: string) => {
    const needed = eventsThrough(months, month);
    if (needed <= limit) {
      document.getElementById(monthAnchor(stretches, month))?.scrollIntoView({ block: 'start' });
      return;
    }
    pendingScroll.current = month;
    setLimit(needed);
  };

  const toggle = <T,>(list: T[], value: T) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

  return (
    <div className="page page-timeline">
      <PageHeader title="Timeline" subtitle="What the team decided, and what changed in how it works, month by month." />
      <ErrorAlert message={error} />
      {events === null ? (
        !error && <Loading label="Reading the history…" />
      ) : events.length === 0 ? (
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
                  {KIND_LABELS[kind]} <span className="filter-chip-count">{kindCounts[kind]}</span>
                </button>
              ))}
            </div>
            {decisionStatuses.length > 1 && kinds.includes('decision') && (
              <div className="toolbar" role="group" aria-label="Decision statuses">
                {decisionStatuses.map((status) => (
                  <button key={status} type="button" className="filter-chip" aria-pressed={statuses.includes(status)} onClick={() => setStatuses(toggle(statuses, status))}>
                    <span className={`status-dot status-dot-${statusTone(status)}`} aria-hidden="true" />
                    {statusLabel(status)}
                  </button>
                ))}
              </div>
            )}
          </div>
          {months.length === 0 && undated.length === 0 ? (
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
              {undatedShown.length > 0 && <UndatedSection events={undatedShown} />}
              {hidden > 0 && (
                <div className="timeline-more">
                  <button type="button" className="button" onClick={() => setLimit((current) => current + WINDOW_STEP)}>
                    Show {Math.min(WINDOW_STEP, hidden)} earlier {Math.min(WINDOW_STEP, hidden) === 1 ? 'event' : 'events'}
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
  const busiest = Math.max(1, ...months.map((m) => m.events.length));
  return (
    <nav className="timeline-axis" aria-label="Months">
      {[...months].reverse().map((month) => (
        <a
          key={month.month}
          href={`#month-${month.month}`}
          className="timeline-axis-month"
          title={`${month.label}: ${month.events.length} events`}
          aria-label={`${month.label}, ${month.events.length} ${month.events.length === 1 ? 'event' : 'events'}`}
          onClick={(event) => {
            // The hash is the router's: scroll to the month without changing the page.
            event.preventDefault();
            onChoose(month.month);
          }}
        >
          <span className="timeline-axis-bar" style={{ height: `${Math.round((month.events.length / busiest) * 100)}%` }}>
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
