import { startTransition, useActionState, useCallback, useEffect, useId, useRef, type FormEvent, type RefObject } from 'react';
import { formErrorsOf, NO_ERRORS, NO_FIELDS, type FormErrors, type FormFields } from './form-errors';
import type { FormState } from './form-context';

export interface FormActionOptions {
  /** Does what the form is for. It throws (an API error, a FormProblem) for what the person should fix. */
  onSubmit: () => Promise<void> | void;
  /** Which field an error is about, and its name in messages; without it every error goes to the alert. */
  fields?: FormFields;
}

export interface FormAction {
  /** What the form's fields, alert and submit button read (through FormContext). */
  state: FormState;
  /** For the <form> element. */
  formProps: {
    ref: RefObject<HTMLFormElement | null>;
    onSubmit: (event: FormEvent<HTMLFormElement>) => void;
    noValidate: true;
  };
}

/**
 * A form's submit as a React action: pending while it runs, its failure turned into messages under
 * the fields it names (in plain words), the first of those fields focused; the rest in the alert.
 * Submitting goes through onSubmit rather than the form's `action`, because React resets a form
 * after its action, and a person who got an error must keep what they typed.
 */
export function useFormAction({ onSubmit, fields = NO_FIELDS }: FormActionOptions): FormAction {
  const ref = useRef<HTMLFormElement>(null);
  const running = useRef(false);
  const id = useId();
  const [errors, submit, pending] = useActionState(async (): Promise<FormErrors> => {
    try {
      await onSubmit();
      return NO_ERRORS;
    } catch (failure) {
      return formErrorsOf(failure, fields);
    } finally {
      running.current = false;
    }
  }, NO_ERRORS);

  useEffect(() => {
    if (ref.current && errors !== NO_ERRORS) focusFirstInvalid(ref.current, errors);
  }, [errors]);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // React bubbles events along its tree, through portals: a dialog's form inside a page's form
    // (the editor's "Discard changes?") must not submit the page's too.
    event.stopPropagation();
    // A second Enter or click while the first submit runs would create a second record.
    if (running.current) return;
    running.current = true;
    startTransition(() => submit());
  };

  const idOf = useCallback((field: string) => `${id}-${field}`, [id]);
  return { state: { errors, pending, idOf }, formProps: { ref, onSubmit: handleSubmit, noValidate: true } };
}

/** Focuses the first field, in the order the form shows them, that a message is about. */
function focusFirstInvalid(form: HTMLFormElement, errors: FormErrors): void {
  const invalid = [...form.querySelectorAll<HTMLElement>('[data-field]')].find((element) => Object.hasOwn(errors.fields, element.dataset.field ?? ''));
  if (!invalid) return;
  const target = invalid.matches('input, select, textarea, button, [tabindex]') ? invalid : invalid.querySelector<HTMLElement>('input, select, textarea, button');
  target?.focus();
}
