import type { ReactNode } from 'react';
import type { Workspace } from '../../../shared/api/contract';
import type { GoalSummary } from '../../../shared/api/goal-operations';
import type { RotationSummary, StuckTimer } from '../../../shared/api/rotation-operations';
import { NO_DATE, toCalendarDate } from '../../../shared/domain/calendar-date';
import type { DecisionSummary } from '../../../shared/domain/decision';
import { formatElapsed, stuckAdvice, stuckStage } from '../../../shared/rotations/stuck-advice';
import { useDocumentTitle } from '../app/use-document-title';
import { ErrorAlert } from '../components/error-alert';
import { Loading } from '../components/loading';
import { PageHeader } from '../components/page-header';
import { decisionName } from '../decisions/decision-name';
import { GoalStatusBadge } from '../goals/goal-status-badge';
import { TrendSparkline } from '../goals/trend-sparkline';
import { useProfileName } from '../profile/use-profile-name';
import { reviewTiming } from '../review/review-timing';
import { HandoverNote } from '../rotations/handover-note';
import { formatDate, formatDay, localTimeZone, turnTimeText } from '../rotations/rotation-format';
import { routeHash, type Route } from '../router';
import { queryErrorMessage, useServerQuery } from '../queries/server-query';
import { TimelineEntry } from '../timeline/timeline-entry';
import { GettingStarted } from './getting-started';
import type { RotationTurn } from './rotation-turn';
import { useTeamActivity } from './use-team-activity';

/** The page Cairn opens on: what needs the team's attention now, and the way to every capability. */
export function HomePage({ workspace }: { workspace: Workspace }) {
  const homeQuery = useServerQuery('getHomeOverview', { workspaceId: workspace.id, timeZone: localTimeZone() });
  const home = homeQuery.data ?? null;
  const error = queryErrorMessage(homeQuery);
  const { activity, error: activityError } = useTeamActivity(workspace.id, useProfileName() ?? null);
  useDocumentTitle('Home');

  // Goals and rotations that cannot be read leave their cards empty (the error says why), not the whole page.
  const team = activity ?? (activityError ? { goals: [], rotations: [], turns: {}, stuck: [], readAt: 0 } : null);
  const isNew = home !== null && team !== null && home.decisionCount === 0 && team.goals.length === 0 && team.rotations.length === 0;
  const today = toCalendarDate(new Date());
  const goalsNeedingCare = team?.goals.filter((goal) => goal.status === 'at-risk' || goal.status === 'off-track') ?? [];

  return (
    <div className="page page-home">
      <PageHeader eyebrow="Team home" title={workspace.name} />
      <ErrorAlert message={error ?? activityError} />
      <Destinations decisionCount={workspace.decisionCount} />
      {home === null || team === null ? (
        !error && <Loading label="Gathering what needs attention…" />
      ) : isNew ? (
        <GettingStarted />
      ) : (
        <div className="home-grid">
          <HomeCard title="Due for review" more={{ route: { name: 'review' }, label: 'All reviews' }}>
            {home.dueForReview.length === 0 ? (
              <p className="home-empty">Nothing is due. Set a review-by date on decisions that should be looked at again.</p>
            ) : (
              <DecisionItems
                decisions={home.dueForReview}
                aside={(d) => {
                  const timing = reviewTiming(d.reviewBy ?? today, today);
                  return (
                    <span className={timing.overdue ? 'home-when is-overdue' : 'home-when'} title={`Review by ${d.reviewBy}`}>
                      {timing.text}
                    </span>
                  );
                }}
              />
            )}
          </HomeCard>
          <HomeCard title="Waiting for a decision" more={{ route: { name: 'sessions' }, label: 'Sessions' }}>
            {home.waiting.length === 0 ? (
              <p className="home-empty">No proposals are waiting. A proposed decision shows here until the team accepts or rejects it.</p>
            ) : (
              <DecisionItems decisions={home.waiting} aside={(d) =>
                  d.date === null ? (
                    <span className="home-when date-unknown">{NO_DATE}</span>
                  ) : (
                    <span className="home-when" title={`Proposed ${d.date}`}>
                      {waitingFor(d.date, today)}
                    </span>
                  )
                } />
            )}
          </HomeCard>
          <HomeCard title="Goals that need care" more={{ route: { name: 'goals' }, label: 'All goals' }}>
            {team.goals.length === 0 ? (
              <p className="home-empty">
                No goals yet. <a href={routeHash({ name: 'goal-editor', id: null })}>Define one</a>: a result and the behaviors that lead there.
              </p>
            ) : goalsNeedingCare.length === 0 ? (
              <p className="home-empty">Every goal with check-ins is on track.</p>
            ) : (
              <GoalItems goals={goalsNeedingCare} />
            )}
          </HomeCard>
          <HomeCard title="Whose turn it is" more={{ route: { name: 'rotations' }, label: 'All rotations' }}>
            {team.rotations.length === 0 ? (
              <p className="home-empty">
                No rotations yet. <a href={routeHash({ name: 'rotations' })}>Start one</a> to take turns teaching or holding a role.
              </p>
            ) : (
              <RotationItems rotations={team.rotations} turns={team.turns} />
            )}
          </HomeCard>
          {team.stuck.length > 0 && (
            <HomeCard title="Stuck right now" wide more={{ route: { name: 'rotations' }, label: 'Stuck timers' }}>
              <StuckItems timers={team.stuck} now={team.readAt} />
            </HomeCard>
          )}
          <HomeCard title="Recent activity" wide more={{ route: { name: 'timeline' }, label: 'Timeline' }}>
            {home.recent.length === 0 ? (
              <p className="home-empty">Nothing has happened yet.</p>
            ) : (
              <ol className="timeline-list home-activity">
                {home.recent.map((event) => (
                  <TimelineEntry key={event.key} event={event} />
                ))}
              </ol>
            )}
          </HomeCard>
        </div>
      )}
    </div>
  );
}

const DESTINATIONS: { route: Route; label: string; hint: string }[] = [
  { route: { name: 'decisions' }, label: 'Decisions', hint: 'The log, searchable' },
  { route: { name: 'graph' }, label: 'Graph', hint: 'How decisions link' },
  { route: { name: 'timeline' }, label: 'Timeline', hint: 'What changed when' },
  { route: { name: 'sessions' }, label: 'Sessions', hint: 'Decide together' },
  { route: { name: 'goals' }, label: 'Goals', hint: 'Results and behaviors' },
  { route: { name: 'rotations' }, label: 'Rotations', hint: 'Teaching and roles' },
];

/** One click to every capability. */
function Destinations({ decisionCount }: { decisionCount: number }) {
  return (
    <nav className="home-destinations" aria-label="Capabilities">
      {DESTINATIONS.map((destination) => (
        <a key={destination.label} className="home-destination" href={routeHash(destination.route)}>
          <span className="home-destination-label">
            {destination.label}
            {destination.route.name === 'decisions' && <span className="home-destination-count"> {decisionCount}</span>}
          </span>
          <span className="home-destination-hint">{destination.hint}</span>
        </a>
      ))}
    </nav>
  );
}

function HomeCard({ title, more, wide = false, children }: { title: string; more: { route: Route; label: string }; wide?: boolean; children: ReactNode }) {
  const id = `home-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <section className={wide ? 'home-card is-wide' : 'home-card'} aria-labelledby={id}>
      <div className="home-card-head">
        <h2 id={id} className="home-card-title">
          {title}
        </h2>
        <a className="home-card-more" href={routeHash(more.route)}>
          {more.label}
        </a>
      </div>
      {children}
    </section>
  );
}

/** "Waiting 21 days", from the day a decision was proposed. */
function waitingFor(proposedOn: string, today: string): string {
  const days = Math.max(0, Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${proposedOn}T00:00:00Z`)) / 86_400_000));
  if (days === 0) return 'Proposed today';
  return `Waiting ${days} ${days === 1 ? 'day' : 'days'}`;
}

function DecisionItems({ decisions, aside }: { decisions: DecisionSummary[]; aside: (d: DecisionSummary) => ReactNode }) {
  return (
    <ul className="home-list">
      {decisions.map((decision) => (
        <li key={decision.id} className="home-item">
          <a className="home-item-link" href={routeHash({ name: 'decision', id: decision.id })}>
            {decisionName(decision)}
          </a>
          {aside(decision)}
        </li>
      ))}
    </ul>
  );
}

function GoalItems({ goals }: { goals: GoalSummary[] }) {
  return (
    <ul className="home-list">
      {goals.map((goal) => (
        <li key={goal.id} className="home-item">
          <a className="home-item-link" href={routeHash({ name: 'goal', id: goal.id })}>
            {goal.title}
          </a>
          <GoalStatusBadge status={goal.status} />
          {goal.trend && <TrendSparkline trend={goal.trend} />}
        </li>
      ))}
    </ul>
  );
}

function RotationItems({ rotations, turns }: { rotations: RotationSummary[]; turns: Record<string, RotationTurn | null> }) {
  return (
    <ul className="home-list">
      {rotations.map((rotation) => (
        <li key={rotation.id} className="home-item is-stacked">
          <a className="home-item-link" href={routeHash({ name: 'rotation', id: rotation.id })}>
            {rotation.name}
          </a>
          <RotationTurnText rotation={rotation} turn={turns[rotation.id] ?? null} />
        </li>
      ))}
    </ul>
  );
}

/**
 * "Grace Hopper holds it from Mon, 9 Mar 2026 at 15:00 Europe/Berlin", "Alan Turing teaches Mon, 16
 * Mar 2026 at 15:00 Europe/Berlin: Property-based testing", the viewer's time beside it when their
 * zone differs; under a role's turn, the handover written for its holder or for the viewer.
 */
function RotationTurnText({ rotation, turn }: { rotation: RotationSummary; turn: RotationTurn | null }) {
  if (!turn) return <span className="home-when">No turns scheduled</span>;
  const who = turn.holder ?? 'Nobody yet';
  const when = `${formatDate(turn.date)} at ${turnTimeText(turn.startsAt, rotation.timeZone)}`;
  const text = rotation.kind === 'role' ? `${who} holds it from ${when}` : `${who} teaches ${when}${turn.topic ? `: ${turn.topic}` : ' (no topic yet)'}`;
  const { handover } = turn;
  return (
    <>
      <span className="home-when">{text}</span>
      {handover && <HandoverNote handover={handover} forWhom={handover.toDate === turn.date ? null : `for your turn on ${formatDay(handover.toDate)}`} />}
    </>
  );
}

/** Who is stuck on what, for how long, and the next step the stuck-timer advice suggests. */
function StuckItems({ timers, now }: { timers: StuckTimer[]; now: number }) {
  return (
    <ul className="home-list">
      {timers.map((timer) => {
        const elapsed = now - Date.parse(timer.startedAt);
        return (
          <li key={timer.id} className="home-item is-stacked">
            <span className="home-item-text">
              {timer.startedBy}: {timer.problem} <span className="home-when">· {formatElapsed(elapsed)}</span>
            </span>
            <span className="home-when">{stuckAdvice(stuckStage(elapsed), timer.peers, timer.startedBy)}</span>
          </li>
        );
      })}
    </ul>
  );
}
