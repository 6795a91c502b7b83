import { z } from 'zod';

export const ERROR_CODES = [
  'invalid_input',
  'not_found',
  'conflict',
  'unknown_operation',
  'unauthorized',
  'forbidden',
  /** The person stopped a long operation (an import) before it finished; nothing of it was kept. */
  'cancelled',
  /** Another writer (an import being stored) holds the database; the same call may work a moment later. */
  'busy',
  /** The database file is damaged: nothing but restoring a backup works until it is replaced. */
  'damaged',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** An error as it crosses the boundary: data, not an exception (Electron's invoke keeps only messages). */
export const ApiErrorData = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  /** The input field the error is about, as a dotted path ("changes.options.0.name"). */
  field: z.string().optional(),
});
export type ApiErrorData = z.infer<typeof ApiErrorData>;

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorData };

/** Thrown by services for errors a user can act on; the dispatcher turns it into an ApiErrorData. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** Thrown by API clients (the renderer's, the core's `call`) when a call comes back with ok: false. */
export class ApiCallError extends Error {
  constructor(
    readonly operation: string,
    readonly error: ApiErrorData,
  ) {
    super(error.message);
    this.name = 'ApiCallError';
  }

  get code(): ApiErrorData['code'] {
    return this.error.code;
  }

  /** The input field the error is about, when it is about one. */
  get field(): string | undefined {
    return this.error.field;
  }
}

/** Names the first problem of a failed parse with its field path, e.g. "title: title must not be empty". */
export function describeZodError(error: z.ZodError): { message: string; field?: string } {
  const issue = error.issues[0];
  if (!issue) return { message: 'invalid input' };
  const field = issue.path.map(String).join('.');
  return field ? { message: `${field}: ${issue.message}`, field } : { message: issue.message };
}
