import { create } from 'zustand';
import type { Rotation, RotationLogEntry, RotationSchedule, RotationSummary, RotationTopic } from '../../../shared/api/rotation-operations';
import { api } from '../api/api';
import { errorCode, errorMessage } from '../api/error-message';

/** Upcoming occurrences the schedule shows. */
export const SCHEDULE_COUNT = 12;

interface RotationListState {
  workspaceId: string | null;
  items: RotationSummary[] | null;
  error: string | null;
  load: (workspaceId: string) => Promise<void>;
}

export const useRotationListStore = create<RotationListState>()((set, get) => ({
  workspaceId: null,
  items: null,
  error: null,
  load: async (workspaceId) => {
    if (get().workspaceId !== workspaceId) set({ workspaceId, items: null, error: null });
    try {
      const items = await api().listRotations({ workspaceId });
      if (get().workspaceId === workspaceId) set({ items, error: null });
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
}));

interface CurrentRotationState {
  id: string | null;
  rotation: Rotation | null;
  schedule: RotationSchedule | null;
  topics: RotationTopic[] | null;
  log: RotationLogEntry[] | null;
  error: string | null;
  notFound: boolean;
  /** Loads (or reloads) everything the rotation page shows. */
  open: (id: string) => Promise<void>;
  refresh: () => Promise<void>;
}

export const useCurrentRotationStore = create<CurrentRotationState>()((set, get) => {
  const loadAll = async (id: string) => {
    try {
      const [rotation, schedule, topics, log] = await Promise.all([
        api().getRotation({ id }),
        api().getRotationSchedule({ id, count: SCHEDULE_COUNT }),
        api().listRotationTopics({ rotationId: id }),
        api().listRotationLog({ rotationId: id }),
      ]);
      if (get().id === id) set({ rotation, schedule, topics, log, error: null, notFound: false });
    } catch (error) {
      if (get().id !== id) return;
      set({ error: errorMessage(error), notFound: errorCode(error) === 'not_found' });
    }
  };
  return {
    id: null,
    rotation: null,
    schedule: null,
    topics: null,
    log: null,
    error: null,
    notFound: false,
    open: async (id) => {
      if (get().id !== id) set({ id, rotation: null, schedule: null, topics: null, log: null, error: null, notFound: false });
      await loadAll(id);
    },
    refresh: async () => {
      const id = get().id;
      if (id) await loadAll(id);
    },
  };
});
