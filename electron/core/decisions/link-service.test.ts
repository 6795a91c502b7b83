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

function create(title: string, content: Record<string, unknown> = {}, links: { kind: 'supersedes' | 'relates-to'; toId: string }[] = []) {
  return call(core, 'createDecision', { workspaceId: workspace.id, content: { title, ...content }, links });
}

describe('superseding', () => {
  it('leaves the old decision as it is while its successor is only proposed, and supersedes it once the successor is accepted', async () => {
    const old = await create('Use MySQL', { status: 'accepted' });
    const successor = await create('Use PostgreSQL', {}, [{ kind: 'supersedes', toId: old.id }]);
    expect(await call(core, 'getDecision', { id: old.id })).toMatchObject({ status: 'accepted', revision: 1 });

    await call(core, 'updateDecision', { id: successor.id, baseRevision: 1, changes: { status: 'accepted' } });
    const after = await call(core, 'getDecision', { id: old.id });
    expect(after).toMatchObject({ status: 'superseded', revision: 2 });
    const [latest] = await call(core, 'listRevisions', { decisionId: old.id });
    expect(latest?.summary).toBe('Status: accepted → superseded (superseded by 0002)');

    expect((await call(core, 'getDecision', { id: successor.id })).links).toEqual([
      { kind: 'supersedes', direction: 'outgoing', otherId: old.id, otherNumber: 1, otherTitle: 'Use MySQL', otherStatus: 'superseded' },
    ]);
    expect(after.links).toEqual([
      { kind: 'supersedes', direction: 'incoming', otherId: successor.id, otherNumber: 2, otherTitle: 'Use PostgreSQL', otherStatus: 'accepted' },
    ]);
  });

  it('supersedes at once when an accepted decision is linked', async () => {
    const old = await create('Old', { status: 'accepted' });
    const successor = await create('New', { status: 'accepted' });
    await call(core, 'addDecisionLink', { fromId: successor.id, kind: 'supersedes', toId: old.id });
    expect((await call(core, 'getDecision', { id: old.id })).status).toBe('superseded');
  });

  it('refuses a supersedes cycle, directly or through others, naming both numbers', async () => {
    const a = await create('A');
    const b = await create('B', {}, [{ kind: 'supersedes', toId: a.id }]);
    const c = await create('C', {}, [{ kind: 'supersedes', toId: b.id }]);

    const direct = await callError(core, 'addDecisionLink', { fromId: a.id, kind: 'supersedes', toId: b.id });
    expect(direct).toMatchObject({ code: 'invalid_input', field: 'toId' });
    expect(direct.message).toContain('0001 cannot supersede 0002: 0002 already supersedes 0001');

    const transitive = await callError(core, 'addDecisionLink', { fromId: a.id, kind: 'supersedes', toId: c.id });
    expect(transitive.message).toContain('0001 cannot supersede 0003: 0003 already supersedes 0001');
    expect(await call(core, 'getDecision', { id: c.id })).toMatchObject({ status: 'proposed', revision: 1, links: [expect.objectContaining({ otherId: b.id })] });
  });

  it('gives a superseded decision back the status it had when the supersedes link is removed', async () => {
    const old = await create('Old', { status: 'accepted' });
    const successor = await create('New', { status: 'accepted' }, [{ kind: 'supersedes', toId: old.id }]);
    expect((await call(core, 'getDecision', { id: old.id })).status).toBe('superseded');
    const after = await call(core, 'removeDecisionLink', { fromId: successor.id, kind: 'supersedes', toId: old.id });
    expect(after.links).toEqual([]);
    expect((await call(core, 'getDecision', { id: old.id })).status).toBe('accepted');
    const [latest] = await call(core, 'listRevisions', { decisionId: old.id });
    expect(latest?.summary).toBe('Status: superseded → accepted (0002 no longer supersedes it)');
  });

  it('keeps a decision superseded while another accepted decision still supersedes it, and changes nothing for a link that is not there', async () => {
    const old = await create('Old', { status: 'deprecated' });
    const first = await create('First', { status: 'accepted' }, [{ kind: 'supersedes', toId: old.id }]);
    const second = await create('Second', { status: 'accepted' }, [{ kind: 'supersedes', toId: old.id }]);
    await call(core, 'removeDecisionLink', { fromId: first.id, kind: 'supersedes', toId: old.id });
    expect((await call(core, 'getDecision', { id: old.id })).status).toBe('superseded');
    await call(core, 'removeDecisionLink', { fromId: first.id, kind: 'supersedes', toId: old.id });
    await call(core, 'removeDecisionLink', { fromId: second.id, kind: 'supersedes', toId: old.id });
    expect((await call(core, 'getDecision', { id: old.id })).status).toBe('deprecated');
  });

  it('gives no status back to a decision that was superseded from the start: none is on record', async () => {
    const old = await create('Old', { status: 'superseded' });
    const successor = await create('New', { status: 'accepted' }, [{ kind: 'supersedes', toId: old.id }]);
    await call(core, 'removeDecisionLink', { fromId: successor.id, kind: 'supersedes', toId: old.id });
    expect((await call(core, 'getDecision', { id: old.id })).status).toBeNull();
  });

  it('makes no second revision when the target is already superseded', async () => {
    const old = await create('Old');
    await create('New', { status: 'accepted' }, [{ kind: 'supersedes', toId: old.id }]);
    await create('Newer', { status: 'accepted' }, [{ kind: 'supersedes', toId: old.id }]);
    expect((await call(core, 'getDecision', { id: old.id })).revision).toBe(2);
  });

  it('rolls the whole creation back when one of its links is refused', async () => {
    const a = await create('A', { status: 'accepted' });
    const error = await callError(core, 'createDecision', {
      workspaceId: workspace.id,
      content: { title: 'B' },
      links: [
        { kind: 'supersedes', toId: a.id },
        { kind: 'relates-to', toId: crypto.randomUUID() },
      ],
    });
    expect(error).toMatchObject({ code: 'not_found', field: 'links.1.toId' });
    expect((await call(core, 'getDecision', { id: a.id })).status).toBe('accepted');
    expect((await call(core, 'listWorkspaces', {}))[0]?.decisionCount).toBe(1);
  });
});

describe('addDecisionLink', () => {
  it('shows links from both ends, by kind then number, and ignores a duplicate', async () => {
    const a = await create('A');
    const b = await create('B');
    const c = await create('C');
    await call(core, 'addDecisionLink', { fromId: a.id, kind: 'relates-to', toId: c.id });
    await call(core, 'addDecisionLink', { fromId: a.id, kind: 'relates-to', toId: b.id });
    await call(core, 'addDecisionLink', { fromId: c.id, kind: 'depends-on', toId: a.id });
    const again = await call(core, 'addDecisionLink', { fromId: a.id, kind: 'relates-to', toId: b.id });

    expect(again.links.map((l) => [l.kind, l.direction, l.otherNumber])).toEqual([
      ['relates-to', 'outgoing', 2],
      ['relates-to', 'outgoing', 3],
      ['depends-on', 'incoming', 3],
    ]);
  });

  it('refuses a link to itself, to another workspace and to a missing decision', async () => {
    const a = await create('A');
    const other = await createWorkspace(core, 'Other');
    const foreign = await call(core, 'createDecision', { workspaceId: other.id, content: { title: 'Foreign' } });

    const self = await callError(core, 'addDecisionLink', { fromId: a.id, kind: 'amends', toId: a.id });
    expect(self).toMatchObject({ code: 'invalid_input', field: 'toId', message: '0001 A cannot link to itself' });
    const across = await callError(core, 'addDecisionLink', { fromId: a.id, kind: 'amends', toId: foreign.id });
    expect(across).toMatchObject({ code: 'invalid_input', field: 'toId', message: '0001 A and 0001 Foreign are in different workspaces' });
    const missing = await callError(core, 'addDecisionLink', { fromId: crypto.randomUUID(), kind: 'amends', toId: a.id });
    expect(missing).toMatchObject({ code: 'not_found', field: 'fromId' });
  });

  it('hides links to a deleted decision and shows them again after a restore', async () => {
    const a = await create('A');
    const b = await create('B');
    await call(core, 'addDecisionLink', { fromId: a.id, kind: 'clarifies', toId: b.id });
    await call(core, 'deleteDecision', { id: b.id });
    expect((await call(core, 'getDecision', { id: a.id })).links).toEqual([]);

    await call(core, 'restoreDecision', { id: b.id });
    expect((await call(core, 'getDecision', { id: a.id })).links.map((l) => l.otherId)).toEqual([b.id]);
  });
});
