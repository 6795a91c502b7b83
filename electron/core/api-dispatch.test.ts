import SqliteDatabase from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../shared/api/api-result';
import type { Services } from '../../shared/api/contract';
import { dispatch } from './api-dispatch';
import { createWorkspace, openTempCore, type TempCore } from './testing/temp-core';
import { openTempServices } from './testing/temp-services';

let core: TempCore;
let services: Services;
let closeServices: () => void;
beforeEach(async () => {
  core = await openTempCore();
  ({ services, close: closeServices } = openTempServices(core));
});
afterEach(() => {
  closeServices();
  core.dispose();
  vi.restoreAllMocks();
});

describe('dispatch', () => {
  it('returns the value of a valid call', async () => {
    expect(await core.dispatch('setProfile', { name: 'Ada' })).toEqual({ ok: true, value: { name: 'Ada' } });
  });

  it('names an unknown operation', async () => {
    expect(await core.dispatch('dropEverything', {})).toEqual({
      ok: false,
      error: { code: 'unknown_operation', message: 'Unknown operation "dropEverything"' },
    });
  });

  it('reports bad input with the field it is about', async () => {
    const workspace = await createWorkspace(core);
    expect(await core.dispatch('createDecision', { workspaceId: workspace.id, content: { title: '   ' } })).toEqual({
      ok: false,
      error: { code: 'invalid_input', field: 'content.title', message: 'content.title: title must not be empty' },
    });
    expect(await core.dispatch('getDecision', { id: 'not-a-uuid' })).toEqual({
      ok: false,
      error: { code: 'invalid_input', field: 'id', message: 'id: must be a UUID' },
    });
    expect(await core.dispatch('getDecision', 'nonsense')).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('lists every wrong field of the input when there is more than one', async () => {
    const workspace = await createWorkspace(core);
    const result = await core.dispatch('createGoal', { workspaceId: workspace.id, title: ' ', results: [], behaviors: [] });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        field: 'title',
        message: 'title: Title is required',
        problems: [
          { field: 'title', message: 'Title is required' },
          { field: 'results', message: 'Add at least one result' },
          { field: 'behaviors', message: 'Add at least one behavior' },
        ],
      },
    });
  });

  it('passes an AppError through as data', async () => {
    const id = crypto.randomUUID();
    expect(await core.dispatch('getDecision', { id })).toEqual({
      ok: false,
      error: { code: 'not_found', message: `Decision ${id} not found`, field: 'id' },
    });
  });

  it('turns any other failure into an internal error that names the operation, and logs it', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const broken = {
      ...services,
      listWorkspaces: () => {
        throw new Error('disk I/O error');
      },
    } satisfies Services;
    const result = await dispatch(broken, 'listWorkspaces', {});
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'listWorkspaces failed: disk I/O error' } });
    expect(log).toHaveBeenCalledOnce();
  });

  it('answers a database held by another writer as busy, not as a bug', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // A real SQLITE_BUSY: one connection holds the write lock, another gives up at once.
    const holder = new SqliteDatabase(core.dbPath);
    const impatient = new SqliteDatabase(core.dbPath);
    impatient.pragma('busy_timeout = 0');
    holder.exec('BEGIN IMMEDIATE');
    try {
      const locked = {
        ...services,
        setProfile: () => {
          impatient.transaction(() => undefined).immediate();
          return { name: null };
        },
      } satisfies Services;
      expect(await dispatch(locked, 'setProfile', { name: 'Ada' })).toEqual({
        ok: false,
        error: { code: 'busy', message: 'Another Cairn is writing to the database (an import, the app or a command); try again in a moment.' },
      });
      expect(log).not.toHaveBeenCalled();
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
      impatient.close();
    }
  });

  it('keeps working after a failed call', async () => {
    const broken = { ...services, getProfile: () => Promise.reject(new AppError('conflict', 'busy')) } satisfies Services;
    expect(await dispatch(broken, 'getProfile', {})).toEqual({ ok: false, error: { code: 'conflict', message: 'busy' } });
    expect(await dispatch(broken, 'setProfile', { name: 'Ada' })).toEqual({ ok: true, value: { name: 'Ada' } });
  });
});
