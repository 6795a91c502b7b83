import { readFile, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { resolveInside } from '../security/file-inside-folder';
import { SECURITY_HEADERS } from './http-answer';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

/**
 * Serves a file of the built renderer. The path is resolved inside the renderer folder, so `..`
 * and encoded tricks cannot reach anything else; the app's routes live in the hash, so every other
 * path is simply not found.
 */
export async function serveStaticFile(rendererDir: string, urlPath: string, response: ServerResponse): Promise<void> {
  const file = resolveInside(rendererDir, urlPath === '/' ? '/index.html' : urlPath);
  const info = file ? await stat(file).catch(() => null) : null;
  if (!file || !info?.isFile()) {
    response.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Not found');
    return;
  }
  const body = await readFile(file);
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
    'Content-Length': body.length,
    // Built assets carry a content hash in their names; the pages themselves (the app's, a room's) must always be fresh.
    'Cache-Control': file.endsWith('.html') ? 'no-store' : 'public, max-age=31536000, immutable',
  });
  response.end(body);
}
