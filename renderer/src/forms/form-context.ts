import { createContext, use } from 'react';
import type { FormErrors } from './form-errors';

/** What the fields, the alert and the submit button of one form read from it. */
export interface FormState {
  errors: FormErrors;
  /** True while the submit runs; the submit button says so and a second submit is ignored. */
  pending: boolean;
  /** The element id of a field's input: the label's htmlFor, and the start of its hint's and message's ids. */
  idOf(field: string): string;
}

export const FormContext = createContext<FormState | null>(null);

/** The props that tie an input to its field: label, hint, message, invalid state, and the focus after a failed submit. */
export interface FieldControlProps {
  id: string;
  'data-field': string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

export function useFormState(): FormState {
  const state = use(FormContext);
  if (!state) throw new Error('A field is rendered outside a <Form>.');
  return state;
}

/** The element ids of a field's hint and message, and its input's props. */
export function fieldControl(form: FormState, field: string, hint: boolean): FieldControlProps {
  const id = form.idOf(field);
  const message = form.errors.fields[field];
  const describedBy = [hint ? hintIdOf(id) : null, message ? messageIdOf(id) : null].filter(Boolean).join(' ');
  return { id, 'data-field': field, 'aria-invalid': message ? true : undefined, 'aria-describedby': describedBy || undefined };
}

export const hintIdOf = (inputId: string) => `${inputId}-hint`;
export const messageIdOf = (inputId: string) => `${inputId}-message`;

