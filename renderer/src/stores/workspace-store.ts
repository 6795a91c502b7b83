import { create } from 'zustand';

const CHOSEN_KEY = 'cairn.workspace';

interface WorkspaceChoiceState {
  /** The workspace the person chose last (remembered across starts); the workspaces themselves are server data. */
  chosenId: string | null;
  select: (id: string) => void;
}

export const useWorkspaceStore = create<WorkspaceChoiceState>()((set) => ({
  chosenId: readChosen(),
  select: (id) => {
    writeChosen(id);
    set({ chosenId: id });
  },
}));

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
