import { lazy } from 'react';
import type { Workspace } from '../../../shared/api/contract';
import { EmptyState } from '../components/empty-state';
import { DecisionsPage } from '../decisions/decisions-page';
import type { Route } from '../router';

// Every page but the decision list is loaded when first visited: opening Cairn on the list then
// parses and runs only the list's code, not the graph's layout, the editor, the charts of sessions…
// (MainRegion in app.tsx shows a placeholder meanwhile).
const DecisionPage = lazy(() => import('../decision/decision-page').then((m) => ({ default: m.DecisionPage })));
const EditorPage = lazy(() => import('../editor/editor-page').then((m) => ({ default: m.EditorPage })));
const NewDecisionPage = lazy(() => import('../editor/new-decision-page').then((m) => ({ default: m.NewDecisionPage })));
const GoalEditorPage = lazy(() => import('../goals/goal-editor-page').then((m) => ({ default: m.GoalEditorPage })));
const GoalPage = lazy(() => import('../goals/goal-page').then((m) => ({ default: m.GoalPage })));
const GoalsPage = lazy(() => import('../goals/goals-page').then((m) => ({ default: m.GoalsPage })));
const GraphPage = lazy(() => import('../graph/graph-page').then((m) => ({ default: m.GraphPage })));
const HistoryPage = lazy(() => import('../history/history-page').then((m) => ({ default: m.HistoryPage })));
const HomePage = lazy(() => import('../home/home-page').then((m) => ({ default: m.HomePage })));
const ReviewPage = lazy(() => import('../review/review-page').then((m) => ({ default: m.ReviewPage })));
const RotationPage = lazy(() => import('../rotations/rotation-page').then((m) => ({ default: m.RotationPage })));
const RotationsPage = lazy(() => import('../rotations/rotations-page').then((m) => ({ default: m.RotationsPage })));
const SessionPage = lazy(() => import('../sessions/session-page').then((m) => ({ default: m.SessionPage })));
const SessionsPage = lazy(() => import('../sessions/sessions-page').then((m) => ({ default: m.SessionsPage })));
const SyncPage = lazy(() => import('../sync/sync-page').then((m) => ({ default: m.SyncPage })));
const TimelinePage = lazy(() => import('../timeline/timeline-page').then((m) => ({ default: m.TimelinePage })));
const WorkspaceSettingsPage = lazy(() => import('../workspace/workspace-settings-page').then((m) => ({ default: m.WorkspaceSettingsPage })));

/** The page for a route, inside the current workspace. */
export function RouteView({ route, workspace }: { route: Route; workspace: Workspace }) {
  switch (route.name) {
    case 'home':
      return <HomePage workspace={workspace} />;
    case 'graph':
      return <GraphPage workspaceId={workspace.id} focusId={route.id ?? null} />;
    case 'timeline':
      return <TimelinePage workspaceId={workspace.id} />;
    case 'decisions':
      return <DecisionsPage workspaceId={workspace.id} />;
    case 'decision':
      return <DecisionPage key={route.id} id={route.id} workspace={workspace} />;
    case 'edit':
      return <EditorPage key={route.id} id={route.id} workspace={workspace} />;
    case 'new-decision':
      return <NewDecisionPage workspace={workspace} />;
    case 'history':
      return <HistoryPage key={route.id} id={route.id} />;
    case 'review':
      return <ReviewPage workspaceId={workspace.id} />;
    case 'goals':
      return <GoalsPage workspaceId={workspace.id} />;
    case 'goal':
      return <GoalPage key={route.id} id={route.id} />;
    case 'goal-editor':
      return <GoalEditorPage key={route.id ?? 'new'} id={route.id} workspaceId={workspace.id} />;
    case 'sync':
      return <SyncPage workspaceId={workspace.id} />;
    case 'settings':
      return <WorkspaceSettingsPage workspaceId={workspace.id} />;
    case 'sessions':
      return <SessionsPage workspaceId={workspace.id} />;
    case 'session':
      return <SessionPage key={route.id} id={route.id} />;
    case 'rotations':
      return <RotationsPage workspaceId={workspace.id} />;
    case 'rotation':
      return <RotationPage key={route.id} id={route.id} />;
    case 'not-found':
      return (
        <div className="page">
          <EmptyState level={1} title="There is no page here">
            <p className="empty-state-text">
              The address <code>#{route.path}</code> does not lead anywhere in Cairn.
            </p>
            <a className="button button-primary" href="#/decisions">
              Go to the decision list
            </a>
          </EmptyState>
        </div>
      );
  }
}
