import type { ReactNode } from 'react';
import { Field } from './field';

interface TextFieldProps {
  /** The form's name for the field; errors about it show here. */
  name: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  /** A textarea of this many rows instead of a one-line input. */
  rows?: number;
  type?: 'text' | 'date' | 'time' | 'search';
  inputMode?: 'decimal' | 'numeric';
  placeholder?: string;
  /** The larger input of a dialog's main field (a title). */
  large?: boolean;
  autoComplete?: string;
  /** Extra class names of the field, for its layout. */
  className?: string;
}

/** A labelled text input or textarea of a form, with its hint and the message of a failed submit. */
export function TextField({ name, label, value, onChange, hint, rows, type = 'text', inputMode, placeholder, large = false, autoComplete = 'off', className }: TextFieldProps) {
  return (
    <Field name={name} label={label} hint={hint} className={className}>
      {(control) =>
        rows ? (
          <textarea {...control} className="textarea" rows={rows} value={value} placeholder={placeholder} onChange={(event) => onChange(event.target.value)} />
        ) : (
          <input
            {...control}
            className={large ? 'input input-large' : 'input'}
            type={type}
            inputMode={inputMode}
            value={value}
            placeholder={placeholder}
            autoComplete={autoComplete}
            onChange={(event) => onChange(event.target.value)}
          />
        )
      }
    </Field>
  );
}
