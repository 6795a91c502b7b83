import { useState, type FormEvent, type ReactNode } from 'react';

/**
 * The form that starts a hidden round (a vote, dots, scores): the round's own fields, then whether
 * names are shown, then its button. Anonymous by default: a first round is where people are most
 * swayed by who voted what.
 */
export function RoundStartForm({
  label,
  disabled = false,
  className = 'inline-form',
  onStart,
  children,
}: {
  label: string;
  disabled?: boolean;
  className?: string;
  onStart: (anonymous: boolean) => void;
  children?: ReactNode;
}) {
  const [anonymous, setAnonymous] = useState(true);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onStart(anonymous);
  };
  return (
    <form className={className} onSubmit={submit}>
      {children}
      <label className="check-label">
        <input type="checkbox" className="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} /> Anonymous
      </label>
      <button type="submit" className="button" disabled={disabled}>
        {label}
      </button>
    </form>
  );
}
