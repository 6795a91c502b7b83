import type { ReactNode } from 'react';
import { Field } from './field';

interface SelectFieldProps {
  /** The form's name for the field; errors about it show here. */
  name: string;
  label: ReactNode;
  value: string | number;
  onChange: (value: string) => void;
  hint?: ReactNode;
  disabled?: boolean;
  /** Extra class names of the field, for its layout. */
  className?: string;
  /** The <option>s. */
  children: ReactNode;
}

/** A labelled select of a form, with its hint and the message of a failed submit. */
export function SelectField({ name, label, value, onChange, hint, disabled, className, children }: SelectFieldProps) {
  return (
    <Field name={name} label={label} hint={hint} className={className}>
      {(control) => (
        <select {...control} className="select" value={value} disabled={disabled} onChange={(event) => onChange(event.target.value)}>
          {children}
        </select>
      )}
    </Field>
  );
}
