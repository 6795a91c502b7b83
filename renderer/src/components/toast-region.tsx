import { createPortal } from 'react-dom';
import { useToastStore } from '../stores/toast-store';
import { modKeyLabel } from './kbd-hint';

/** The polite live region where confirmations ("Saved", "Deleted 0001 …" with Undo) appear. */
export function ToastRegion() {
  const toasts = useToastStore((state) => state.toasts);
  const dismiss = useToastStore((state) => state.dismiss);
  const runUndo = useToastStore((state) => state.runUndo);
  return createPortal(
    <div role="status" aria-live="polite" className="toast-region">
      {toasts.map((toast) => (
        <div key={toast.id} className="toast">
          <span className="toast-message">{toast.message}</span>
          {toast.undo && (
            <button type="button" className="button button-toast" onClick={() => runUndo(toast.id)}>
              Undo
              <kbd className="toast-kbd" aria-hidden="true">
                {`${modKeyLabel()}Z`}
              </kbd>
            </button>
          )}
          <button type="button" className="toast-close" aria-label="Dismiss message" onClick={() => dismiss(toast.id)}>
            <svg viewBox="0 0 16 16" aria-hidden="true">
              <path d="M4 4l8 8M12 4l-8 8" />
            </svg>
          </button>
        </div>
      ))}
    </div>,
    document.body,
  );
}
