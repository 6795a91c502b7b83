import { create } from 'zustand';
import type { Workspace } from '../../../shared/api/contract';
import { api } from '../api/api';

const CHOSEN_KEY = 'cairn.workspace';

interface WorkspaceState {
  workspaces: Workspace[] | undefined;
  currentId: string | null;
  load: () => Promise<void>;
  create: (name: string) => Promise<Workspace>;
  select: (id: string) => void;
  /** Adds a status a team uses beyond the built-in ones; throws ApiCallError for a bad name. */
  addCustomStatus: (status: string) => Promise<void>;
}

export const useWorkspaceStore = create<WorkspaceState>()((set, get) => ({
  workspaces: undefined,
  currentId: null,
  load: async () => {
    const workspaces = await api().listWorkspaces({});
    const remembered = readChosen();
    const current = workspaces.find((w) => w.id === remembered) ?? workspaces[0] ?? null;
    set({ workspaces, currentId: current?.id ?? null });
  },
  create: async (name) => {
    const workspace = await api().createWorkspace({ name });
    const workspaces = [...(get().workspaces ?? []), workspace].sort((a, b) => a.name.localeCompare(b.name));
    set({ workspaces });
    get().select(workspace.id);
    return workspace;
  },
  select: (id) => {
    writeChosen(id);
    set({ currentId: id });
  },
  addCustomStatus: async (status) => {
    const current = selectCurrentWorkspace(get());
    if (!current) return;
    const updated = await api().updateWorkspace({ id: current.id, customStatuses: [...current.customStatuses, status] });
    set({ workspaces: (get().workspaces ?? []).map((w) => (w.id === updated.id ? updated : w)) });
  },
}));

/** The workspace the person is working in, if any. */
export function selectCurrentWorkspace(state: Pick<WorkspaceState, 'workspaces' | 'currentId'>): Workspace | null {
  return state.workspaces?.find((w) => w.id === state.currentId) ?? null;
}

function readChosen(): string | null {
  try {
    return window.localStorage.getItem(CHOSEN_KEY);
  } catch {
    return null;
  }
}

function writeChosen(id: string): void {
  try {
    window.localStorage.setItem(CHOSEN_KEY, id);
  } catch {
    // Storage can be disabled; the choice then lasts for this session only.
  }
}
