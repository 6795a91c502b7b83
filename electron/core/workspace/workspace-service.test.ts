import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, callError } from '../testing/call';
import { fixedClock, openTempCore, type TempCore } from '../testing/temp-core';

let core: TempCore;

beforeEach(async () => {
  core = await openTempCore({ now: fixedClock('2025-06-15T12:00:00Z').now });
});
afterEach(() => core.dispose());

describe('workspaces', () => {
  it('lists workspaces by name with their count of live decisions', async () => {
    const platform = await call(core, 'createWorkspace', { name: 'platform' });
    await call(core, 'createWorkspace', { name: 'Apps' });
    await call(core, 'createDecision', { workspaceId: platform.id, content: { title: 'One' } });
    const two = await call(core, 'createDecision', { workspaceId: platform.id, content: { title: 'Two' } });
    await call(core, 'deleteDecision', { id: two.id });

    const list = await call(core, 'listWorkspaces', {});
    expect(list.map((w) => [w.name, w.decisionCount])).toEqual([
      ['Apps', 0],
      ['platform', 1],
    ]);
    expect(list[1]).toMatchObject({ id: platform.id, createdAt: '2025-06-15T12:00:00.000Z', customStatuses: [] });
  });

  it('writes files on save unless the workspace turns it off', async () => {
    const workspace = await call(core, 'createWorkspace', { name: 'Platform' });
    expect(workspace.writeFilesOnSave).toBe(true);
    expect(await call(core, 'updateWorkspace', { id: workspace.id, writeFilesOnSave: false })).toMatchObject({ writeFilesOnSave: false, name: 'Platform' });
    expect(await call(core, 'updateWorkspace', { id: workspace.id, name: 'Platform 2' })).toMatchObject({ writeFilesOnSave: false });
    expect((await call(core, 'listWorkspaces', {}))[0]?.writeFilesOnSave).toBe(false);
  });

  it('renames a workspace and refuses a name another workspace has', async () => {
    const a = await call(core, 'createWorkspace', { name: 'A' });
    await call(core, 'createWorkspace', { name: 'B' });
    expect(await call(core, 'updateWorkspace', { id: a.id, name: 'A2' })).toMatchObject({ name: 'A2' });
    expect(await call(core, 'updateWorkspace', { id: a.id, name: 'a2' })).toMatchObject({ name: 'a2' });
    expect(await callError(core, 'updateWorkspace', { id: a.id, name: 'b' })).toMatchObject({ code: 'invalid_input', field: 'name' });
    expect(await callError(core, 'createWorkspace', { name: '  B ' })).toMatchObject({
      code: 'invalid_input',
      field: 'name',
      message: 'a workspace named "B" already exists',
    });
  });

  it('keeps custom statuses apart from the built-in ones', async () => {
    const w = await call(core, 'createWorkspace', { name: 'W' });
    expect(await call(core, 'updateWorkspace', { id: w.id, customStatuses: ['on-hold', 'draft'] })).toMatchObject({
      customStatuses: ['on-hold', 'draft'],
    });
    expect(await callError(core, 'updateWorkspace', { id: w.id, customStatuses: ['draft', 'accepted'] })).toMatchObject({
      code: 'invalid_input',
      field: 'customStatuses.1',
    });
    expect(await callError(core, 'updateWorkspace', { id: w.id, customStatuses: ['draft', 'draft'] })).toMatchObject({
      code: 'invalid_input',
      field: 'customStatuses.1',
    });
  });

  it('refuses to drop a custom status that decisions still have', async () => {
    const w = await call(core, 'createWorkspace', { name: 'W' });
    await call(core, 'updateWorkspace', { id: w.id, customStatuses: ['on-hold', 'draft'] });
    await call(core, 'createDecision', { workspaceId: w.id, content: { title: 'Held', status: 'on-hold' } });

    expect(await callError(core, 'updateWorkspace', { id: w.id, customStatuses: ['draft'] })).toEqual({
      code: 'invalid_input',
      field: 'customStatuses',
      message: '1 decision has the status "on-hold"; give it another status before removing it',
    });
    expect(await call(core, 'updateWorkspace', { id: w.id, customStatuses: ['on-hold'] })).toMatchObject({ customStatuses: ['on-hold'] });
  });

  it('reports an unknown workspace as not found', async () => {
    expect(await callError(core, 'updateWorkspace', { id: crypto.randomUUID(), name: 'X' })).toMatchObject({ code: 'not_found', field: 'id' });
  });
});

describe('profile', () => {
  it('has no name until one is set, and authors later revisions with it', async () => {
    expect(await call(core, 'getProfile', {})).toEqual({ name: null });
    expect(await call(core, 'setProfile', { name: '  Ada Lovelace ' })).toEqual({ name: 'Ada Lovelace' });
    expect(await call(core, 'getProfile', {})).toEqual({ name: 'Ada Lovelace' });
  });
});
