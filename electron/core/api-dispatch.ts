import { AppError, describeZodError, type ApiResult } from '../../shared/api/api-result';
import { isOperationName, operations, type Services } from '../../shared/api/contract';
import { damageReported } from './db';

/** Where failures nobody planned for go, with enough detail to debug them: the app log, or stderr. */
export type ErrorReporter = (message: string, error: unknown) => void;

export const reportToConsole: ErrorReporter = (message, error) => console.error(`Cairn: ${message}:`, error);

/**
 * Runs one contract operation on raw input from any transport (IPC, the web host, the CLI): parses the
 * input with the operation's schema, calls the service, and turns every failure into error data.
 */
export async function dispatch(
  services: Services,
  operation: string,
  rawInput: unknown,
  reportError: ErrorReporter = reportToConsole,
): Promise<ApiResult<unknown>> {
  if (!isOperationName(operation)) {
    return { ok: false, error: { code: 'unknown_operation', message: `Unknown operation "${operation}"` } };
  }
  const parsed = operations[operation].input.safeParse(rawInput ?? {});
  if (!parsed.success) return { ok: false, error: { code: 'invalid_input', ...describeZodError(parsed.error) } };
  try {
    // The table and the Services type pair each name with its own input; TypeScript cannot follow that through a union.
    const service = services[operation] as (input: unknown) => unknown;
    return { ok: true, value: await service(parsed.data) };
  } catch (error) {
    if (error instanceof AppError) {
      return { ok: false, error: { code: error.code, message: error.message, ...(error.field ? { field: error.field } : {}) } };
    }
    if (isDatabaseBusy(error)) {
      // Another connection holds the write lock past this one's busy timeout: an import worker storing its
      // transaction (the main connection waits only briefly then), or another process. Worth a retry, not a bug.
      return { ok: false, error: { code: 'busy', message: 'An import is being stored; try again in a moment.' } };
    }
    const damage = damageReported(error);
    if (damage !== null) {
      // Damage the check at open did not see (it reads pages, not every index entry against its
      // table) or that came later: a plain answer, and the log has the detail.
      reportError(`Operation ${operation} met a damaged database`, error);
      const message = `Cairn's database is damaged (${damage}); this request changed nothing. Restart Cairn: it checks the database when it starts and offers to restore a backup.`;
      return { ok: false, error: { code: 'damaged', message } };
    }
    reportError(`Operation ${operation} failed`, error);
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'internal', message: `${operation} failed: ${detail}` } };
  }
}

/** better-sqlite3's SqliteError for SQLITE_BUSY and its extended codes. */
function isDatabaseBusy(error: unknown): boolean {
  const code = error instanceof Error ? (error as Error & { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}
