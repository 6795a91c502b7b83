import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../core/core';
import { MAX_BODY_BYTES } from './request-body';
import { startWebHost, type RunningWebHost } from './server';

const TOKEN = 'test-token-0123456789';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let dir: string;
let core: Core;
let host: RunningWebHost;

/** A raw HTTP request, so tests can send what a browser never would (a foreign Host, a huge body). */
function send(options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: host.port, method: options.method ?? 'GET', path: options.path, headers: { Host: `127.0.0.1:${host.port}`, ...options.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function api(operation: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  return send({
    method: 'POST',
    path: `/api/${operation}`,
    headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'cairn-web-host-'));
  const rendererDir = path.join(dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(path.join(rendererDir, 'index.html'), '<div id="root"></div>');
  writeFileSync(path.join(dir, 'secret.txt'), 'not for the browser');
  core = await openCore(path.join(dir, 'data'));
  host = await startWebHost({ dispatch: core.dispatch, rendererDir, token: TOKEN, port: 0 });
});

afterAll(async () => {
  await host.close();
  core.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the web host', () => {
  it('prints a loopback URL that carries the token in the fragment', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/#token=${TOKEN}`);
  });

  it('answers a valid call with the operation result', async () => {
    const answer = await api('createWorkspace', { name: 'Payments' });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: true, value: { name: 'Payments', decisionCount: 0 } });
  });

  it('refuses API calls without the token or with a wrong one', async () => {
    for (const authorization of [undefined, `Bearer ${TOKEN}x`, TOKEN, 'Bearer ']) {
      const headers: Record<string, string> = { 'Content-Type': 'application/json' };
      if (authorization !== undefined) headers.Authorization = authorization;
      const answer = await send({ method: 'POST', path: '/api/listWorkspaces', headers, body: '{}' });
      expect(answer.status, String(authorization)).toBe(401);
      expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    }
  });

  it('refuses a foreign Host header, even with the token (DNS rebinding)', async () => {
    const answer = await api('listWorkspaces', {}, { Host: `evil.example:${host.port}` });
    expect(answer.status).toBe(403);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const page = await send({ path: '/', headers: { Host: 'evil.example' } });
    expect(page.status).toBe(403);
  });

  it('refuses a request from a foreign Origin, even with the token', async () => {
    const answer = await api('listWorkspaces', {}, { Origin: 'https://evil.example' });
    expect(answer.status).toBe(403);
    const same = await api('listWorkspaces', {}, { Origin: `http://127.0.0.1:${host.port}` });
    expect(same.status).toBe(200);
  });

  it('refuses an oversized body without reading all of it', async () => {
    const answer = await api('createWorkspace', JSON.stringify({ name: 'x'.repeat(MAX_BODY_BYTES + 10) }));
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).error.message).toMatch(/larger than 1024 KiB/);
  });

  it('answers malformed JSON and non-JSON bodies with a clear 400/415', async () => {
    const malformed = await api('createWorkspace', '{"name": ');
    expect(malformed.status).toBe(400);
    expect(JSON.parse(malformed.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(JSON.parse(malformed.body).error.message).toMatch(/not valid JSON/);

    const form = await api('createWorkspace', 'name=x', { 'Content-Type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(415);
  });

  it('names the invalid field, and answers unknown operations with 404', async () => {
    const invalid = await api('createWorkspace', { name: '  ' });
    expect(invalid.status).toBe(400);
    expect(JSON.parse(invalid.body)).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'name' } });
    const unknown = await api('dropDatabase', {});
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
  });

  it('only takes POST for the API', async () => {
    const answer = await send({ path: '/api/listWorkspaces', headers: { Authorization: `Bearer ${TOKEN}` } });
    expect(answer.status).toBe(405);
  });

  it('refuses a non-GET to a static path with 405 and the same security headers', async () => {
    const answer = await send({ method: 'POST', path: '/index.html', body: 'x' });
    expect(answer.status).toBe(405);
    expect(answer.headers.allow).toBe('GET, HEAD');
    expect(answer.headers['content-security-policy']).toContain("script-src 'self'");
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves the renderer with the CSP, and nothing outside its folder', async () => {
    const page = await send({ path: '/' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<div id="root">');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    for (const attempt of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%00', '/missing.js']) {
      const answer = await send({ path: attempt });
      expect(answer.status, attempt).toBe(404);
      expect(answer.body).not.toContain('not for the browser');
    }
  });
});
