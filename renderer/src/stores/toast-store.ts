import { create } from 'zustand';

/** A short message in the status region; an undoable one carries the action that reverses it. */
export interface Toast {
  id: number;
  message: string;
  undo?: () => Promise<void> | void;
}

interface ToastState {
  toasts: Toast[];
  /** Shows a message; undoable messages stay longer so there is time to act on them. */
  show: (message: string, undo?: Toast['undo']) => void;
  dismiss: (id: number) => void;
  /** Runs the newest undo on screen (the Undo button and Ctrl/Cmd+Z); false when there is none. */
  undoLatest: () => boolean;
  runUndo: (id: number) => void;
}

const PLAIN_MS = 5_000;
const UNDOABLE_MS = 10_000;
const MAX_SHOWN = 3;
let nextId = 1;

export const useToastStore = create<ToastState>()((set, get) => ({
  toasts: [],
  show: (message, undo) => {
    const id = nextId++;
    set((state) => ({ toasts: [...state.toasts.slice(-(MAX_SHOWN - 1)), { id, message, undo }] }));
    window.setTimeout(() => get().dismiss(id), undo ? UNDOABLE_MS : PLAIN_MS);
  },
  dismiss: (id) => set((state) => ({ toasts: state.toasts.filter((toast) => toast.id !== id) })),
  undoLatest: () => {
    const latest = get().toasts.findLast((toast) => toast.undo);
    if (!latest) return false;
    get().runUndo(latest.id);
    return true;
  },
  runUndo: (id) => {
    const toast = get().toasts.find((t) => t.id === id);
    if (!toast?.undo) return;
    get().dismiss(id);
    void toast.undo();
  },
}));

/** Shorthand for stores and components that only show messages. */
export function showToast(message: string, undo?: Toast['undo']): void {
  useToastStore.getState().show(message, undo);
}
