import { ApiCallError, type ErrorCode } from '../../../shared/api/api-result';
import { FormProblem } from './form-problem';
import { plainErrorMessage } from './plain-error-message';

/** How a form knows its fields: which one an API error is about, and what to call it in a message. */
export interface FormFields {
  /** The form's field for the API's dotted path ("content.title" → "title"), or null when the form has none. */
  fieldOf(apiField: string): string | null;
  /** The noun that names the field in a message: "Title", "Option 2 name". */
  labelOf(field: string): string | undefined;
}

/** What a failed submit left to show: messages under fields, and the rest in the form's alert. */
export interface FormErrors {
  /** Plain-words messages by the form's field name. */
  fields: Readonly<Record<string, string>>;
  /** An error about no field of this form. */
  alert: string | null;
  /** The API's error code, for forms that offer a way out of one (a conflict: load the latest). */
  code: ErrorCode | null;
}

export const NO_ERRORS: FormErrors = Object.freeze({ fields: Object.freeze({}), alert: null, code: null });

/** A form without fields of its own (a confirmation): every error goes to its alert. */
export const NO_FIELDS: FormFields = { fieldOf: () => null, labelOf: () => undefined };

interface FieldsOptions {
  /** What the API puts before the form's field names: "content." for createDecision, "changes." for updateDecision. */
  apiPrefix?: string;
  /** API paths that mean a field of another name: { toId: 'decision' }. */
  aliases?: Readonly<Record<string, string>>;
}

/**
 * A form's fields from their labels (a table, or a function for fields that come and go such as
 * "options.2.name"). An API path finds the most specific field it is inside: "tags.3" finds "tags".
 */
export function formFields(labels: Readonly<Record<string, string>> | ((field: string) => string | undefined), options: FieldsOptions = {}): FormFields {
  const labelOf = typeof labels === 'function' ? labels : (field: string) => (Object.hasOwn(labels, field) ? labels[field] : undefined);
  const { apiPrefix = '', aliases = {} } = options;
  return {
    labelOf,
    fieldOf(apiField) {
      const path = apiField.startsWith(apiPrefix) ? apiField.slice(apiPrefix.length) : apiField;
      for (const candidate of [...fieldPathCandidates(path), ...(path === apiField ? [] : fieldPathCandidates(apiField))]) {
        const alias = Object.hasOwn(aliases, candidate) ? aliases[candidate] : undefined;
        if (alias !== undefined) return alias;
        if (labelOf(candidate) !== undefined) return candidate;
      }
      return null;
    },
  };
}

/** The path and its parents, most specific first: "options.0.name", "options.0", "options". */
export function fieldPathCandidates(path: string): string[] {
  const parts = path.split('.');
  return parts.map((_, i) => parts.slice(0, parts.length - i).join('.'));
}

/** Where each part of a failed submit is shown, in plain words. */
export function formErrorsOf(failure: unknown, fields: FormFields): FormErrors {
  if (failure instanceof FormProblem) {
    const byField: Record<string, string> = {};
    const elsewhere: string[] = [];
    for (const problem of failure.problems) {
      if (fields.labelOf(problem.field) !== undefined) byField[problem.field] ??= problem.message;
      else elsewhere.push(problem.message);
    }
    return { fields: byField, alert: elsewhere.length > 0 ? elsewhere.join(' ') : null, code: 'invalid_input' };
  }
  if (failure instanceof ApiCallError) {
    const { error } = failure;
    const field = error.field ? fields.fieldOf(error.field) : null;
    const message = plainErrorMessage(error, field ? fields.labelOf(field) : undefined);
    return field ? { fields: { [field]: message }, alert: null, code: error.code } : { fields: {}, alert: message, code: error.code };
  }
  return { fields: {}, alert: failure instanceof Error ? failure.message : String(failure), code: null };
}
