import SqliteDatabase from 'better-sqlite3';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Workspace } from '../../../shared/api/contract';
import { call } from '../testing/call';
import { createWorkspace, openTempCore, type TempCore } from '../testing/temp-core';
import { LinkStore } from './link-store';

let core: TempCore;
let workspace: Workspace;

beforeEach(async () => {
  core = await openTempCore();
  workspace = await createWorkspace(core);
});
afterEach(() => core.dispose());

const create = (workspaceId: string, title: string) => call(core, 'createDecision', { workspaceId, content: { title } });

describe("a workspace's links read at once", () => {
  it('gives every decision the views viewsOf gives it, ends in the trash included, and nothing of another workspace', async () => {
    const other = await createWorkspace(core, 'Other');
    const [a, b, c, d] = [await create(workspace.id, 'A'), await create(workspace.id, 'B'), await create(workspace.id, 'C'), await create(workspace.id, 'D')];
    const [x, y] = [await create(other.id, 'X'), await create(other.id, 'Y')];
    await call(core, 'addDecisionLink', { fromId: a.id, kind: 'relates-to', toId: b.id });
    await call(core, 'addDecisionLink', { fromId: c.id, kind: 'clarifies', toId: a.id });
    await call(core, 'addDecisionLink', { fromId: a.id, kind: 'clarifies', toId: d.id });
    await call(core, 'addDecisionLink', { fromId: d.id, kind: 'relates-to', toId: b.id });
    await call(core, 'addDecisionLink', { fromId: x.id, kind: 'relates-to', toId: y.id });
    await call(core, 'deleteDecision', { id: d.id });

    const db = new SqliteDatabase(path.join(core.dataDir, 'cairn.db'), { readonly: true });
    try {
      const links = new LinkStore(db);
      const all = links.viewsInWorkspace(workspace.id);
      for (const { id } of [a, b, c, d]) expect(all.get(id) ?? [], id).toEqual(links.viewsOf(id));
      expect(all.get(a.id)?.map((v) => `${v.kind} ${v.direction} ${v.otherId}`)).toEqual([`clarifies incoming ${c.id}`, `relates-to outgoing ${b.id}`]);
      expect([...all.keys()].sort()).toEqual([a.id, b.id, c.id, d.id].sort());
    } finally {
      db.close();
    }
  });
});
