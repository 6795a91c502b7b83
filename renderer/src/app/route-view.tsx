import type { Workspace } from '../../../shared/api/contract';
import { EmptyState } from '../components/empty-state';
import { DecisionPage } from '../decision/decision-page';
import { DecisionsPage } from '../decisions/decisions-page';
import { EditorPage } from '../editor/editor-page';
import { NewDecisionPage } from '../editor/new-decision-page';
import { GoalEditorPage } from '../goals/goal-editor-page';
import { GoalPage } from '../goals/goal-page';
import { GoalsPage } from '../goals/goals-page';
import { GraphPage } from '../graph/graph-page';
import { HistoryPage } from '../history/history-page';
import { HomePage } from '../home/home-page';
import { ReviewPage } from '../review/review-page';
import type { Route } from '../router';
import { RotationPage } from '../rotations/rotation-page';
import { RotationsPage } from '../rotations/rotations-page';
import { SessionPage } from '../sessions/session-page';
import { SessionsPage } from '../sessions/sessions-page';
import { SyncPage } from '../sync/sync-page';
import { TimelinePage } from '../timeline/timeline-page';
import { WorkspaceSettingsPage } from '../workspace/workspace-settings-page';

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
