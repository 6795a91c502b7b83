import type { ReactNode } from 'react';
import { AlertIcon } from '../components/alert-icon';
import { fieldControl, hintIdOf, messageIdOf, useFormState, type FieldControlProps } from './form-context';

interface FieldProps {
  /** The form's name for the field; errors about it show here. */
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  className?: string;
  /** The input, given the props that tie it to the label, the hint and the message. */
  children: (control: FieldControlProps) => ReactNode;
}

/** A labelled field of a form: its input, its hint, and the message of a failed submit under it. */
export function Field({ name, label, hint, className, children }: FieldProps) {
  const form = useFormState();
  const control = fieldControl(form, name, Boolean(hint));
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={control.id}>{label}</label>
      {children(control)}
      {hint ? (
        <p id={hintIdOf(control.id)} className="field-hint">
          {hint}
        </p>
      ) : null}
      <FieldMessage name={name} />
    </div>
  );
}

/** An input placed by its form (a table cell, a card): the props that tie it to its message. */
export function FieldControl({ name, hint = false, children }: { name: string; hint?: boolean; children: (control: FieldControlProps) => ReactNode }) {
  return children(fieldControl(useFormState(), name, hint));
}

/**
 * The message under a field after a failed submit. An alert too, so it is heard even where focus
 * does not move to its field (a second message, a field above the focused one).
 */
export function FieldMessage({ name }: { name: string }) {
  const form = useFormState();
  const message = form.errors.fields[name];
  if (!message) return null;
  return (
    <p id={messageIdOf(form.idOf(name))} className="field-message" role="alert">
      <AlertIcon className="field-message-icon" />
      <span>{message}</span>
    </p>
  );
}
