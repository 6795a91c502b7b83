import { addDays, toCalendarDate } from '../shared/domain/calendar-date';
import type { HostApi } from './host-api';
import { createSampleGoal } from './sample-goal';
import { createSampleLog } from './sample-log';

/** One screen of the app to visit: its address and the level-1 heading that says it has loaded. */
export interface RouteVisit {
  name: string;
  hash: string;
  heading: string | RegExp;
}

/**
 * Fills a workspace with something for every page to show (the sample log, a goal, a running session,
 * a teaching rotation and a duty role) and returns every route of the app, each with its heading.
 */
export async function arrangeEveryRoute(api: HostApi): Promise<RouteVisit[]> {
  const { workspaceId, ids } = await createSampleLog(api);
  const today = toCalendarDate(new Date());
  const goal = await createSampleGoal(api, workspaceId, addDays(today, -30));
  const session = await api('createSession', { workspaceId, decisionId: ids[7]! });
  const teaching = await api('createRotation', {
    workspaceId,
    name: 'Weekly teaching',
    kind: 'teaching',
    members: ['Ada Lovelace', 'Grace Hopper', 'Alan Turing'],
    cadence: { kind: 'weekly', weekday: new Date(`${today}T12:00:00Z`).getUTCDay() || 7 },
    startDate: addDays(today, -21),
    time: '10:00',
    durationMinutes: 45,
    timeZone: 'UTC',
  });
  const role = await api('createRotation', {
    workspaceId,
    name: 'Security Commander',
    kind: 'role',
    members: ['Ada Lovelace', 'Grace Hopper', 'Margaret Hamilton'],
    cadence: { kind: 'weekly', weekday: 1, everyWeeks: 1 },
    startDate: addDays(today, -14),
    time: '09:00',
    durationMinutes: 480,
    timeZone: 'UTC',
    checklist: '- Triage new security alerts every morning\n- Hand over open items on Friday',
    withSecondary: true,
  });
  const decision = ids[1]!;
  return [
    { name: 'home', hash: '#/home', heading: 'Payments platform' },
    { name: 'decisions', hash: '#/decisions', heading: 'Decisions' },
    { name: 'decision', hash: `#/decisions/${decision}`, heading: /Use PostgreSQL for the ledger/ },
    { name: 'editor', hash: `#/decisions/${decision}/edit`, heading: /Use PostgreSQL for the ledger/ },
    { name: 'history', hash: `#/decisions/${decision}/history`, heading: /Use PostgreSQL for the ledger/ },
    { name: 'review', hash: '#/review', heading: 'Due for review' },
    { name: 'graph', hash: '#/graph', heading: /graph/i },
    { name: 'timeline', hash: '#/timeline', heading: /timeline/i },
    { name: 'sync', hash: '#/sync', heading: 'Markdown files' },
    { name: 'settings', hash: '#/settings', heading: 'Workspace settings' },
    { name: 'sessions', hash: '#/sessions', heading: 'Sessions' },
    { name: 'session', hash: `#/sessions/${session.id}`, heading: session.title },
    { name: 'goals', hash: '#/goals', heading: 'Goals' },
    { name: 'goal', hash: `#/goals/${goal.goal.id}`, heading: goal.goal.title },
    { name: 'goal-editor', hash: `#/goals/${goal.goal.id}/edit`, heading: /Ship smaller changes more often/ },
    { name: 'new-goal', hash: '#/goals/new', heading: /goal/i },
    { name: 'rotations', hash: '#/rotations', heading: 'Rotations' },
    { name: 'teaching-rotation', hash: `#/rotations/${teaching.id}`, heading: 'Weekly teaching' },
    { name: 'role-rotation', hash: `#/rotations/${role.id}`, heading: 'Security Commander' },
    { name: 'not-found', hash: '#/nowhere', heading: 'There is no page here' },
  ];
}
