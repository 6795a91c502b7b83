import { Field } from '../forms/field';

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The content field this edits, so an API error naming it shows here. */
  field: string;
  multiline?: boolean;
  type?: 'text' | 'date';
  placeholder?: string;
  hint?: string;
  className?: string;
}

/** A labelled input or textarea of the editor. */
export function TextField({ label, value, onChange, field, multiline, type = 'text', placeholder, hint, className }: TextFieldProps) {
  return (
    <Field name={field} label={label} hint={hint} className={className}>
      {(control) =>
        multiline ? (
          <textarea {...control} value={value} placeholder={placeholder} className="textarea" rows={4} onChange={(event) => onChange(event.target.value)} />
        ) : (
          <input {...control} value={value} placeholder={placeholder} type={type} className="input" autoComplete="off" onChange={(event) => onChange(event.target.value)} />
        )
      }
    </Field>
  );
}
