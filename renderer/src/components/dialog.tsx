import { useEffectEvent, useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { hideAppBehindDialog } from './app-behind-dialog';

interface DialogProps {
  title: string;
  /** Called for Esc; without it the dialog cannot be dismissed (e.g. the first-start name). */
  onDismiss?: () => void;
  children: ReactNode;
  size?: 'small' | 'medium';
  /** Shown above the title, e.g. the app's mark on the welcome dialog. */
  lead?: ReactNode;
}

/**
 * A modal <dialog>, shown for as long as it is rendered. Rendered beside the app so that, while it
 * is open, everything behind it is inert and hidden from assistive technology.
 */
export function Dialog({ title, onDismiss, children, size = 'small', lead }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const dismiss = useEffectEvent(() => onDismiss?.());
  // The browser may close a modal on Esc without a cancelable cancel event (close watchers): treat
  // that as a dismissal, and reopen a dialog that cannot be dismissed.
  const closedByBrowser = useEffectEvent(() => {
    if (onDismiss) onDismiss();
    else ref.current?.showModal();
  });

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const restoreApp = hideAppBehindDialog();
    dialog.showModal();
    const onCancel = (event: Event) => {
      event.preventDefault();
      dismiss();
    };
    const onClose = () => closedByBrowser();
    dialog.addEventListener('cancel', onCancel);
    dialog.addEventListener('close', onClose);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      dialog.removeEventListener('close', onClose);
      if (dialog.open) dialog.close();
      restoreApp();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return createPortal(
    <dialog ref={ref} className={`dialog dialog-${size}`} aria-labelledby={titleId}>
      {lead}
      <h2 id={titleId} className="dialog-title">
        {title}
      </h2>
      {children}
    </dialog>,
    document.body,
  );
}
