import { create } from 'zustand';
import type { HomeOverview } from '../../../shared/api/overview-operations';
import type { DecisionGraph } from '../../../shared/graph/decision-graph';
import type { TimelineEvent } from '../../../shared/overview/timeline-event';
import { api } from '../api/api';
import { errorMessage } from '../api/error-message';

/** Data read for one workspace; a load for another workspace replaces it. */
interface Loaded<T> {
  workspaceId: string;
  value: T;
}

interface OverviewState {
  home: Loaded<HomeOverview> | null;
  graph: Loaded<DecisionGraph> | null;
  timeline: Loaded<TimelineEvent[]> | null;
  /** Why the last read of each failed, so one page's failure does not show on another. */
  errors: Record<OverviewKey, string | null>;
  loadHome: (workspaceId: string) => Promise<void>;
  loadGraph: (workspaceId: string) => Promise<void>;
  loadTimeline: (workspaceId: string) => Promise<void>;
}

type OverviewKey = 'home' | 'graph' | 'timeline';

/** The cross-capability reads: the home page, the decision graph and the timeline. */
export const useOverviewStore = create<OverviewState>()((set) => {
  async function load<K extends OverviewKey>(key: K, workspaceId: string, read: () => Promise<NonNullable<OverviewState[K]>['value']>) {
    set((state) => ({ errors: { ...state.errors, [key]: null } }));
    try {
      const value = await read();
      set({ [key]: { workspaceId, value } } as Pick<OverviewState, K>);
    } catch (error) {
      set((state) => ({ errors: { ...state.errors, [key]: errorMessage(error) } }));
    }
  }
  return {
    home: null,
    graph: null,
    timeline: null,
    errors: { home: null, graph: null, timeline: null },
    loadHome: (workspaceId) => load('home', workspaceId, () => api().getHomeOverview({ workspaceId })),
    loadGraph: (workspaceId) => load('graph', workspaceId, () => api().getDecisionGraph({ workspaceId })),
    loadTimeline: (workspaceId) => load('timeline', workspaceId, async () => (await api().getTimeline({ workspaceId })).events),
  };
});

/** The loaded value when it belongs to this workspace; null while it is on its way. */
export function forWorkspace<T>(loaded: Loaded<T> | null, workspaceId: string): T | null {
  return loaded?.workspaceId === workspaceId ? loaded.value : null;
}
