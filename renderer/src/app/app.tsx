import { useEffect, useRef, useState, type ReactNode } from 'react';
import { errorCode, errorMessage } from '../api/error-message';
import { DamagedDatabaseScreen } from '../backup/damaged-database-screen';
import { ErrorAlert } from '../components/error-alert';
import { EmptyState } from '../components/empty-state';
import { Loading } from '../components/loading';
import { ToastRegion } from '../components/toast-region';
import { NewDecisionDialog } from '../decisions/new-decision-dialog';
import { ProfileDialog } from '../profile/profile-dialog';
import { useRoute } from '../router';
import { useServerQuery } from '../queries/server-query';
import { useUiStore } from '../stores/ui-store';
import { FirstWorkspace } from '../workspace/first-workspace';
import { NewWorkspaceDialog } from '../workspace/new-workspace-dialog';
import { useWorkspaces } from '../workspace/use-workspaces';
import { AppHeader } from './app-header';
import { AppNav } from './app-nav';
import { GlobalShortcuts } from './global-shortcuts';
import { NavMenuButton, useNavMenu } from './nav-menu';
import { RouteView } from './route-view';
import { SkipLink } from './skip-link';

/** The whole window: loads who is working and where, then shows the page the address names. */
export function App() {
  const profile = useServerQuery('getProfile', {});
  const { workspaces, workspace, error: workspacesError } = useWorkspaces();
  const newDecision = useUiStore((state) => state.newDecision);
  const newWorkspaceOpen = useUiStore((state) => state.newWorkspaceOpen);
  const route = useRoute();
  const menu = useNavMenu(route);

  // Only a first read that failed stops the start: a later failed refresh keeps what is on screen.
  const startError = (profile.data === undefined && profile.error) || (workspaces === undefined && workspacesError);

  // The host found its database damaged and answers nothing but the way back (issue 21). The screen
  // stays until the person opens Cairn from it: once a restore makes the reads work again, the change
  // feed refetches them, and the app must not replace the screen that says where the damaged file went.
  const [damaged, setDamaged] = useState(false);
  if (!damaged && errorCode(startError) === 'damaged') setDamaged(true);
  if (damaged) return <DamagedDatabaseScreen />;
  if (startError) return <StartFailure error={startError} />;
  if (profile.data === undefined || workspaces === undefined) return <Loading label="Opening Cairn…" />;
  const name = profile.data.name;

  return (
    <>
      <SkipLink />
      <div className="app">
        <AppHeader menuButton={<NavMenuButton menu={menu} />} />
        <div className="app-body">
          <AppNav route={route} open={menu.open} />
          <MainRegion routeKey={JSON.stringify(route)}>
            {workspace ? <RouteView route={route} workspace={workspace} /> : <FirstWorkspace />}
          </MainRegion>
        </div>
      </div>
      {name === null && <ProfileDialog />}
      {newDecision && workspace && <NewDecisionDialog intent={newDecision} workspaceId={workspace.id} />}
      {newWorkspaceOpen && <NewWorkspaceDialog />}
      <ToastRegion />
      <GlobalShortcuts hasWorkspace={workspace !== null} />
    </>
  );
}

/**
 * The main landmark. After moving to another page it takes focus to the new page's heading, so
 * keyboard and screen reader users start at the top of what they asked for.
 */
function MainRegion({ routeKey, children }: { routeKey: string; children: ReactNode }) {
  const ref = useRef<HTMLElement>(null);
  const shownKey = useRef(routeKey);
  useEffect(() => {
    if (shownKey.current === routeKey) return;
    shownKey.current = routeKey;
    const main = ref.current;
    if (!main || main.contains(document.activeElement)) return;
    const heading = main.querySelector<HTMLElement>('h1');
    (heading ?? main).focus({ preventScroll: true });
  }, [routeKey]);
  return (
    <main ref={ref} id="main" className="app-main" tabIndex={-1}>
      {children}
    </main>
  );
}

function StartFailure({ error }: { error: unknown }) {
  const unauthorized = errorCode(error) === 'unauthorized';
  return (
    <main className="start-failure">
      <EmptyState level={1} title={unauthorized ? 'This window has no access to Cairn' : 'Cairn could not start'}>
        <p className="empty-state-text">
          {unauthorized
            ? 'Open Cairn with the full link the web host printed when it started (it ends in #token=…).'
            : 'The app could not reach its data. Check that Cairn is still running, then reload.'}
        </p>
        <ErrorAlert message={errorMessage(error)} />
      </EmptyState>
    </main>
  );
}
