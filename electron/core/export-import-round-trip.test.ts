import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECT_IDS } from '../../shared/dialects/adr-document';
import { seededRandom, type Random } from '../../shared/dialects/seeded-random.test-support';
import type { DecisionContent } from '../../shared/domain/decision';
import type { LinkKind } from '../../shared/domain/link-kind';
import { call } from './testing/call';
import { createWorkspace, makeTempDir, openTempCore, type TempCore } from './testing/temp-core';

/*
 * Property: a workspace of random decisions and links, exported in any dialect and imported into a
 * fresh workspace, comes back with the same content and the same links. Log4brains files carry no
 * number, so records are matched by title (the generator makes titles unique).
 */

const WORDS = ['cache', 'queue', 'naïve', 'API', 'latency', '*fast*', 'team', 'Kafka', 'ops', 'cost', 'p99', 'build'];
const LINKABLE: LinkKind[] = ['supersedes', 'amends', 'clarifies', 'relates-to', 'depends-on'];

function sentence(r: Random): string {
  return `${r.times(2, 7, () => r.pick(WORDS)).join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
}

function prose(r: Random): string {
  return r.chance(0.3) ? '' : r.times(1, 3, () => (r.chance(0.3) ? r.times(1, 3, () => `* ${sentence(r)}`).join('\n') : sentence(r))).join('\n\n');
}

function date(r: Random): string {
  return `${r.int(2000, 2030)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
}

function content(r: Random, title: string): Partial<DecisionContent> & { title: string } {
  const options = [...new Set(r.times(0, 3, () => `Use ${r.pick(WORDS)} ${r.pick(WORDS)}`))].map((name) => ({
    name,
    description: r.chance(0.5) ? '' : sentence(r),
    pros: r.times(0, 2, () => sentence(r)),
    cons: r.times(0, 2, () => sentence(r)),
  }));
  return {
    title,
    status: r.pick(['proposed', 'accepted', 'rejected', 'deprecated']),
    date: date(r),
    reviewBy: r.chance(0.5) ? null : date(r),
    decisionMakers: r.times(0, 2, () => r.pick(['Ada Lovelace', 'Linus', 'Team Blue'])),
    consulted: r.times(0, 2, () => r.pick(['Security', 'Ops'])),
    informed: r.times(0, 1, () => r.pick(['Everyone', 'Support'])),
    tags: [...new Set(r.times(0, 3, () => r.pick(['db', 'api', 'ops-2', 'ui'])))],
    context: prose(r),
    drivers: prose(r),
    options,
    chosenOption: options.length > 0 && r.chance(0.7) ? r.pick(options).name : null,
    outcome: prose(r),
    consequences: prose(r),
    confirmation: prose(r),
    moreInformation: prose(r),
  };
}

let core: TempCore;
let scratch: string;
beforeEach(async () => {
  core = await openTempCore();
  scratch = makeTempDir();
});
afterEach(() => {
  core.dispose();
  fs.rmSync(scratch, { recursive: true, force: true });
});

async function snapshot(workspaceId: string) {
  const list = await call(core, 'searchDecisions', { workspaceId, limit: 1000 });
  const decisions = await Promise.all(list.items.map((item) => call(core, 'getDecision', { id: item.id })));
  return decisions
    .map(({ id: _id, workspaceId: _w, number: _n, template: _t, revision: _r, createdAt: _c, updatedAt: _u, links, ...rest }) => ({
      ...rest,
      links: links
        .filter((l) => l.kind !== 'relates-to' || l.direction === 'outgoing')
        .map((l) => `${l.kind} ${l.direction} ${l.otherTitle}`)
        .sort(),
    }))
    .sort((a, b) => (a.title < b.title ? -1 : 1));
}

describe.each(DIALECT_IDS)('a random workspace exported as %s', (dialect) => {
  it('is imported back with the same content and links', async () => {
    const r = seededRandom(17 + DIALECT_IDS.indexOf(dialect));
    for (let round = 0; round < 4; round++) {
      const source = (await createWorkspace(core, `Source ${round}`)).id;
      const titles = [...new Set(r.times(3, 7, () => `${r.pick(WORDS)} ${r.pick(WORDS)} ${r.pick(WORDS)}`.replace(/^./, (c) => c.toUpperCase())))];
      const ids: string[] = [];
      for (const title of titles) {
        const made = await call(core, 'createDecision', { workspaceId: source, template: r.pick(['madr4', 'nygard'] as const), content: content(r, title) });
        ids.push(made.id);
      }
      for (let i = 1; i < ids.length; i++) {
        if (!r.chance(0.6)) continue;
        const from = ids[i] as string;
        const to = ids[r.int(0, i - 1)] as string;
        await call(core, 'addDecisionLink', { fromId: from, kind: r.pick(LINKABLE), toId: to });
      }

      const folder = path.join(scratch, `${dialect}-${round}`);
      await call(core, 'exportWorkspace', { workspaceId: source, folder, dialect });
      const target = (await createWorkspace(core, `Target ${round}`)).id;
      const report = await call(core, 'importFolder', { workspaceId: target, folder });
      expect(report.skipped).toBe(0);

      expect(await snapshot(target)).toEqual(await snapshot(source));
    }
  });
});
