import type { ReactNode } from 'react';
import { useFormState } from './form-context';

interface SubmitButtonProps {
  children: ReactNode;
  /** Said while the submit runs ("Restoring…"); without it the label stays. */
  pendingLabel?: string;
  className?: string;
  /** Not yet possible (nothing chosen); a running submit only marks it, so focus stays on it. */
  disabled?: boolean;
  'aria-keyshortcuts'?: string;
}

/** The form's submit button, busy while the submit runs. */
export function SubmitButton({ children, pendingLabel, className = 'button button-primary', disabled, ...props }: SubmitButtonProps) {
  const { pending } = useFormState();
  return (
    // aria-disabled rather than disabled while pending: a disabled button drops the focus to the page.
    <button type="submit" className={className} disabled={disabled} aria-disabled={pending ? true : undefined} {...props}>
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
