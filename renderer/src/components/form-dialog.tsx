import type { ReactNode } from 'react';
import type { FormFields } from '../forms/form-errors';
import { FormAlert } from '../forms/form-alert';
import { FormElement } from '../forms/form';
import { SubmitButton } from '../forms/submit-button';
import { useFormAction } from '../forms/use-form-action';
import { Dialog } from './dialog';

export interface FormDialogProps {
  title: string;
  /** Esc and Cancel; without it the dialog has no Cancel and cannot be dismissed (the first-start name). */
  onDismiss?: () => void;
  size?: 'small' | 'medium';
  /** Shown above the title, e.g. the app's mark on the welcome dialog. */
  lead?: ReactNode;
  /**
   * Does what the dialog is for, and closes it (onDismiss, a navigation) when done. It throws for
   * what the person should fix: the dialog stays open and shows it under the field or in its alert.
   */
  onSubmit: () => Promise<void> | void;
  /** Which field an API error is about; without it every error goes to the alert (a confirmation). */
  fields?: FormFields;
  submitLabel: ReactNode;
  /** Said on the submit button while it runs, e.g. "Restoring…". */
  pendingLabel?: string;
  /** 'danger' for a submit that deletes or replaces data. */
  tone?: 'primary' | 'danger';
  /** The label of Cancel; null leaves it out where Esc alone dismisses (a last step with one way on). */
  cancelLabel?: string | null;
  /** The submit is not possible yet (nothing chosen to rate, no preview yet). */
  submitDisabled?: boolean;
  /** While the submit runs, Esc and Cancel wait (a restore that must not be left half-seen). */
  lockWhilePending?: boolean;
  /** Extra class names of the form, for its layout. */
  className?: string;
  /** At the start of the action row, e.g. a status line. */
  actionsStart?: ReactNode;
  children?: ReactNode;
}

/**
 * A modal dialog holding one form: its fields (children, with Field), the alert, Cancel and the submit
 * button. Every dialog that asks for something, a confirmation included, is one of these.
 */
export function FormDialog({
  title,
  onDismiss,
  size,
  lead,
  onSubmit,
  fields,
  submitLabel,
  pendingLabel,
  tone = 'primary',
  cancelLabel = 'Cancel',
  submitDisabled,
  lockWhilePending = false,
  className,
  actionsStart,
  children,
}: FormDialogProps) {
  const form = useFormAction({ onSubmit, fields });
  const locked = lockWhilePending && form.state.pending;
  return (
    <Dialog title={title} onDismiss={locked ? undefined : onDismiss} size={size} lead={lead}>
      <FormElement form={form} className={className ? `dialog-body ${className}` : 'dialog-body'}>
        {children}
        <FormAlert />
        <div className="dialog-actions">
          {actionsStart}
          {onDismiss && cancelLabel !== null && (
            <button type="button" className="button" onClick={onDismiss} disabled={locked}>
              {cancelLabel}
            </button>
          )}
          <SubmitButton className={tone === 'danger' ? 'button button-danger' : 'button button-primary'} pendingLabel={pendingLabel} disabled={submitDisabled}>
            {submitLabel}
          </SubmitButton>
        </div>
      </FormElement>
    </Dialog>
  );
}
