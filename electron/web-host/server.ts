import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiResult } from '../../shared/api/api-result';
import { isAuthorized } from '../security/access-token';
import { isAllowedOrigin, isLoopbackHost } from '../security/request-origin';
import { SECURITY_HEADERS, sendJson, sendRefusal, statusFor } from './http-answer';
import { readJsonBody } from './request-body';
import { serveStaticFile } from './static-files';

export type Dispatch = (operation: string, input: unknown) => Promise<ApiResult<unknown>>;

export interface WebHostOptions {
  dispatch: Dispatch;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  token: string;
  /** 0 picks a free port. */
  port: number;
}

export interface RunningWebHost {
  port: number;
  /** The address a person opens: the token travels in the fragment, which browsers never send. */
  url: string;
  close(): Promise<void>;
}

/** Starts the web host on 127.0.0.1: the built renderer, and the API as POST /api/<operation>. */
export async function startWebHost(options: WebHostOptions): Promise<RunningWebHost> {
  let port = options.port;
  const server: Server = createServer((request, response) => {
    handle(request, response, { ...options, port }).catch((error: unknown) => {
      console.error('Cairn web host: request failed:', error);
      if (!response.headersSent) sendRefusal(response, 500, { code: 'internal', message: 'The web host failed to answer.' });
      else response.destroy();
    });
  });
  // Requests that stall while sending their body must not hold sockets forever.
  server.requestTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://127.0.0.1:${port}/#token=${options.token}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function handle(request: IncomingMessage, response: ServerResponse, options: WebHostOptions): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  if (!isLoopbackHost(request.headers.host, options.port)) {
    return sendRefusal(response, 403, { code: 'forbidden', message: `Cairn answers only to 127.0.0.1:${options.port}, not to "${request.headers.host ?? ''}".` });
  }
  if (!isAllowedOrigin(request.headers.origin, options.port)) {
    return sendRefusal(response, 403, { code: 'forbidden', message: `Requests from ${request.headers.origin} are not allowed.` });
  }
  if (url.pathname.startsWith('/api/')) return handleApi(request, response, url.pathname.slice('/api/'.length), options);
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    // Every answer carries the security headers, a refusal too (issue 21).
    response.writeHead(405, { ...SECURITY_HEADERS, Allow: 'GET, HEAD' });
    response.end();
    return;
  }
  return serveStaticFile(options.rendererDir, url.pathname, response);
}

async function handleApi(request: IncomingMessage, response: ServerResponse, operation: string, options: WebHostOptions): Promise<void> {
  if (!isAuthorized(request.headers.authorization, options.token)) {
    return sendRefusal(response, 401, { code: 'unauthorized', message: 'Missing or wrong access token: open the link the web host printed.' });
  }
  if (request.method !== 'POST') {
    return sendRefusal(response, 405, { code: 'invalid_input', message: `Use POST for /api/${operation}.` });
  }
  const contentType = request.headers['content-type'] ?? '';
  if (!/^application\/json\b/i.test(contentType)) {
    return sendRefusal(response, 415, { code: 'invalid_input', message: 'The request body must be JSON (Content-Type: application/json).' });
  }
  const body = await readJsonBody(request);
  if (!body.ok) return sendRefusal(response, body.status, { code: 'invalid_input', message: body.message });
  const result = await options.dispatch(operation, body.value);
  sendJson(response, statusFor(result), result);
}
