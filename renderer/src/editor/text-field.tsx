import { useId } from 'react';

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The content field this edits, so an API error naming it can point the person here. */
  field: string;
  invalidField: string | null;
  multiline?: boolean;
  type?: 'text' | 'date';
  placeholder?: string;
  hint?: string;
  className?: string;
}

/** A labelled input or textarea of the editor, marked invalid when the last save's error names it. */
export function TextField({ label, value, onChange, field, invalidField, multiline, type = 'text', placeholder, hint, className }: TextFieldProps) {
  const id = useId();
  const common = {
    id,
    value,
    placeholder,
    'data-field': field,
    'aria-invalid': invalidField === field ? true : undefined,
    'aria-describedby': hint ? `${id}-hint` : undefined,
  };
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} className="textarea" rows={4} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...common} type={type} className="input" autoComplete="off" onChange={(event) => onChange(event.target.value)} />
      )}
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
