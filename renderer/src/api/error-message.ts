import { ApiCallError } from '../../../shared/api/api-result';

/** The text to show a person for a failed action: the API's message, which names the field. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiCallError) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}

/** The API's error code, when the error came from the API. */
export function errorCode(error: unknown): string | null {
  return error instanceof ApiCallError ? error.error.code : null;
}

/** The input field an API error is about ("changes.title"), when it names one. */
export function errorField(error: unknown): string | null {
  return error instanceof ApiCallError ? (error.error.field ?? null) : null;
}
