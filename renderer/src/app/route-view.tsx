import type { Workspace } from '../../../shared/api/contract';
import { EmptyState } from '../components/empty-state';
import { DecisionPage } from '../decision/decision-page';
import { DecisionsPage } from '../decisions/decisions-page';
import { EditorPage } from '../editor/editor-page';
import { HistoryPage } from '../history/history-page';
import { ReviewPage } from '../review/review-page';
import type { Route } from '../router';

/** The page for a route, inside the current workspace. */
export function RouteView({ route, workspace }: { route: Route; workspace: Workspace }) {
  switch (route.name) {
    case 'decisions':
      return <DecisionsPage workspaceId={workspace.id} />;
    case 'decision':
      return <DecisionPage key={route.id} id={route.id} workspace={workspace} />;
    case 'edit':
      return <EditorPage key={route.id} id={route.id} workspace={workspace} />;
    case 'history':
      return <HistoryPage key={route.id} id={route.id} />;
    case 'review':
      return <ReviewPage workspaceId={workspace.id} />;
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
