import { useState } from 'react';

interface CommitFieldProps {
  id: string;
  value: string;
  /** Saves the text; called when the field loses focus with a changed value. */
  onCommit: (text: string) => void;
  placeholder?: string;
  multiline?: boolean;
  describedBy?: string;
  large?: boolean;
}

/**
 * A text field that saves when the facilitator leaves it, so typing is never slowed by a round trip
 * and every saved value is one action in the session.
 */
export function CommitField({ id, value, onCommit, placeholder, multiline = true, describedBy, large = false }: CommitFieldProps) {
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  // A value saved elsewhere (another action, a reload) replaces the draft when it changes.
  if (value !== seen) {
    setSeen(value);
    setDraft(value);
  }
  const commit = () => {
    if (draft !== value) onCommit(draft);
  };
  const props = {
    id,
    value: draft,
    placeholder,
    'aria-describedby': describedBy,
    onBlur: commit,
  };
  return multiline ? (
    <textarea {...props} className={large ? 'textarea session-textarea-large' : 'textarea'} onChange={(e) => setDraft(e.target.value)} />
  ) : (
    <input {...props} className="input" autoComplete="off" onChange={(e) => setDraft(e.target.value)} />
  );
}
