import { ApiCallError } from '../../../shared/api/api-result';
import { plainErrorMessage } from '../forms/plain-error-message';

/** The text to show a person for a failed action, in plain words (see plainErrorMessage). */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiCallError) return plainErrorMessage(error.error);
  if (error instanceof Error) return error.message;
  return String(error);
}

/** The API's error code, when the error came from the API. */
export function errorCode(error: unknown): string | null {
  return error instanceof ApiCallError ? error.error.code : null;
}
