import type { ServerResponse } from 'node:http';
import type { ApiErrorData, ApiResult, ErrorCode } from '../../shared/api/api-result';
import { CONTENT_SECURITY_POLICY } from '../security/content-security-policy';

/** Headers every answer carries: the app's CSP, no MIME sniffing, no referrer, no framing. */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
} as const;

const STATUS_FOR_CODE: Record<ErrorCode, number> = {
  invalid_input: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  unknown_operation: 404,
  conflict: 409,
  cancelled: 409,
  busy: 503,
  damaged: 503,
  internal: 500,
};

/** The HTTP status that carries an API result. */
export function statusFor(result: ApiResult<unknown>): number {
  return result.ok ? 200 : STATUS_FOR_CODE[result.error.code];
}

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  response.end(text);
}

/** A refusal as the renderer's transport understands it: an ApiResult with ok: false. */
export function sendRefusal(response: ServerResponse, status: number, error: ApiErrorData): void {
  sendJson(response, status, { ok: false, error });
}
