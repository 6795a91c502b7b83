import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openAppLog } from './app-log';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function dataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cairn-log-'));
  dirs.push(dir);
  return dir;
}

describe('the app log', () => {
  it('writes errors with their stack and cause to logs/cairn.log in the data directory', () => {
    const dir = dataDir();
    const log = openAppLog(dir, { now: () => new Date('2026-05-04T10:00:00.000Z') });
    log.error('updateDecision failed', new Error('database is locked', { cause: new Error('SQLITE_BUSY') }));
    const text = fs.readFileSync(path.join(dir, 'logs', 'cairn.log'), 'utf8');
    expect(log.file).toBe(path.join(dir, 'logs', 'cairn.log'));
    expect(text).toMatch(/^2026-05-04T10:00:00\.000Z ERROR \[pid \d+\] updateDecision failed\n {4}Error: database is locked\n\s+at /);
    expect(text).toContain('    Caused by:\n    Error: SQLITE_BUSY');
  });

  it('starts a new file when the current one is full and keeps only the newest files', () => {
    const dir = dataDir();
    const log = openAppLog(dir, { maxBytes: 200, files: 3 });
    for (let i = 0; i < 40; i++) log.info(`line ${String(i).padStart(3, '0')} ${'x'.repeat(40)}`);
    const files = fs.readdirSync(path.join(dir, 'logs')).sort();
    expect(files).toEqual(['cairn.1.log', 'cairn.2.log', 'cairn.log']);
    for (const file of files) expect(fs.statSync(path.join(dir, 'logs', file)).size).toBeLessThanOrEqual(200);
    expect(fs.readFileSync(path.join(dir, 'logs', 'cairn.log'), 'utf8')).toContain('line 039');
    expect(fs.readFileSync(path.join(dir, 'logs', 'cairn.2.log'), 'utf8')).not.toContain('line 000');
  });

  it('never throws when the log cannot be written', () => {
    const dir = dataDir();
    fs.writeFileSync(path.join(dir, 'logs'), 'a file where the folder should be');
    const log = openAppLog(dir);
    const original = console.error;
    const reported: unknown[][] = [];
    console.error = (...args: unknown[]) => reported.push(args);
    try {
      expect(() => log.error('something failed', new Error('boom'))).not.toThrow();
    } finally {
      console.error = original;
    }
    expect(String(reported[0]?.[0])).toContain('cannot write the log');
  });
});
