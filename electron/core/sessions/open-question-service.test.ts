import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Workspace } from '../../../shared/api/contract';
import { call, callError } from '../testing/call';
import { createWorkspace, openTempCore, type TempCore } from '../testing/temp-core';

let core: TempCore;
let workspace: Workspace;

beforeEach(async () => {
  core = await openTempCore();
  workspace = await createWorkspace(core);
});
afterEach(() => core.dispose());

describe('the open-question bank', () => {
  it('starts from the built-in questions, in phase order', async () => {
    const bank = await call(core, 'listOpenQuestions', { workspaceId: workspace.id });
    expect(bank[0]?.phase).toBe('frame');
    expect(bank.at(-1)?.phase).toBe('outcome');
    expect(bank.map((q) => q.text)).toContain('Who is not in the room that this affects?');
  });

  it('lets the team add, reword and remove questions, per workspace', async () => {
    const added = await call(core, 'addOpenQuestion', { workspaceId: workspace.id, phase: 'concerns', text: 'What keeps you up at night about this?' });
    const reworded = await call(core, 'updateOpenQuestion', { id: added.id, text: 'What would keep you up at night?' });
    const concerns = (await call(core, 'listOpenQuestions', { workspaceId: workspace.id })).filter((q) => q.phase === 'concerns');
    expect(concerns.at(-1)).toEqual(reworded);

    const seeded = concerns[0];
    if (!seeded) throw new Error('no seeded question');
    await call(core, 'removeOpenQuestion', { id: seeded.id });
    const after = await call(core, 'listOpenQuestions', { workspaceId: workspace.id });
    expect(after.map((q) => q.id)).not.toContain(seeded.id);

    const other = await createWorkspace(core, 'Other team');
    const otherBank = await call(core, 'listOpenQuestions', { workspaceId: other.id });
    expect(otherBank.map((q) => q.text)).toContain(seeded.text);
    expect(otherBank.map((q) => q.text)).not.toContain('What would keep you up at night?');
  });

  it('does not bring back deleted built-in questions', async () => {
    const bank = await call(core, 'listOpenQuestions', { workspaceId: workspace.id });
    for (const q of bank) await call(core, 'removeOpenQuestion', { id: q.id });
    expect(await call(core, 'listOpenQuestions', { workspaceId: workspace.id })).toEqual([]);
  });

  it('refuses an empty question and a phase that does not exist', async () => {
    expect(await callError(core, 'addOpenQuestion', { workspaceId: workspace.id, phase: 'frame', text: ' ' })).toMatchObject({ field: 'text' });
    expect(await callError(core, 'addOpenQuestion', { workspaceId: workspace.id, phase: 'lunch', text: 'Hungry?' })).toMatchObject({ field: 'phase' });
  });
});
