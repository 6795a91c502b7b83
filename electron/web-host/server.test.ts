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

interface StreamEvent {
  seq: number;
  scope: string;
  changes: unknown[];
}

/** An error answer's body, as far as these tests read it. */
interface ErrorBody {
  error: { message: string };
}

interface OpenStream {
  status: number;
  contentType: string;
  /** The next event's data, parsed. */
  next: () => Promise<StreamEvent>;
  close: () => void;
}

/** Opens the change stream and reads its events as they come. */
function openStream(headers: Record<string, string>): Promise<OpenStream> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: host.port, path: '/api/changes', headers: { Host: `127.0.0.1:${host.port}`, ...headers } }, (res) => {
      let buffered = '';
      const events: string[] = [];
      const waiting: ((data: string) => void)[] = [];
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffered += chunk;
        let end: number;
        while ((end = buffered.indexOf('\n\n')) >= 0) {
          const block = buffered.slice(0, end);
          buffered = buffered.slice(end + 2);
          const data = block.split('\n').find((line) => line.startsWith('data: '));
          if (!data) continue;
          const taker = waiting.shift();
          if (taker) taker(data.slice(6));
          else events.push(data.slice(6));
        }
      });
      resolve({
        status: res.statusCode ?? 0,
        contentType: String(res.headers['content-type']),
        next: () => new Promise((done) => {
          const ready = events.shift();
          if (ready !== undefined) done(JSON.parse(ready) as StreamEvent);
          else waiting.push((data) => done(JSON.parse(data) as StreamEvent));
        }),
        close: () => req.destroy(),
      });
    });
    req.on('error', reject);
    req.end();
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
  host = await startWebHost({ dispatch: core.dispatch, subscribe: core.subscribe, rendererDir, token: TOKEN, port: 0 });
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
    expect((JSON.parse(answer.body) as ErrorBody).error.message).toMatch(/larger than 1024 KiB/);
  });

  it('answers malformed JSON and non-JSON bodies with a clear 400/415', async () => {
    const malformed = await api('createWorkspace', '{"name": ');
    expect(malformed.status).toBe(400);
    expect(JSON.parse(malformed.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect((JSON.parse(malformed.body) as ErrorBody).error.message).toMatch(/not valid JSON/);

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

  it('refuses the change stream without the token, from a foreign Host or from a foreign Origin', async () => {
    const authorized = { Authorization: `Bearer ${TOKEN}` };
    const refusals: [Record<string, string>, number, string][] = [
      [{}, 401, 'unauthorized'],
      [{ Authorization: `Bearer ${TOKEN}x` }, 401, 'unauthorized'],
      [{ ...authorized, Host: `evil.example:${host.port}` }, 403, 'forbidden'],
      [{ ...authorized, Origin: 'https://evil.example' }, 403, 'forbidden'],
    ];
    for (const [headers, status, code] of refusals) {
      const answer = await send({ path: '/api/changes', headers });
      expect(answer.status, JSON.stringify(headers)).toBe(status);
      expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code } });
    }
  });

  it('streams one event per committed write to a tab with the token', async () => {
    const stream = await openStream({ Authorization: `Bearer ${TOKEN}`, Origin: `http://127.0.0.1:${host.port}` });
    try {
      expect(stream.status).toBe(200);
      expect(stream.contentType).toMatch(/^text\/event-stream/);
      const created = (JSON.parse((await api('createWorkspace', { name: 'Streamed' })).body) as { value: { id: string } }).value;
      const event = await stream.next();
      expect(event).toMatchObject({ scope: 'records', changes: [{ kind: 'workspace', workspaceId: null, ids: [] }] });
      await api('updateWorkspace', { id: created.id, name: 'Streamed again' });
      const second = await stream.next();
      expect(second.seq).toBe(event.seq + 1);
      expect(second.changes).toEqual([{ kind: 'workspace', workspaceId: null, ids: [created.id] }]);
    } finally {
      stream.close();
    }
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
