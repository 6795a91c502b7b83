import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Decision } from '../../../shared/domain/decision';
import { call } from '../testing/call';
import { createWorkspace, fixedClock, makeTempDir, openTempCore } from '../testing/temp-core';
import { checkFolder } from './decision-check';

// "No sequence of clicks in the app produces a folder that `cairn check` rejects without the app
// having shown the finding first": random sequences of creations, edits, status changes, links,
// unlinks and deletions through the API; after each sequence the folder the workspace exports is
// checked as CI would check it, and every decision with an error there must have an error in the
// app's own check (getWorkspaceCheck, what the decision page and the list show).
// CAIRN_MODEL_SEED and CAIRN_MODEL_RUNS replay or widen a run.
const SEED = Number(process.env.CAIRN_MODEL_SEED ?? 202612);
const RUNS = Number(process.env.CAIRN_MODEL_RUNS ?? 15);
const TODAY = '2026-12-02';

const TEXTS = ['', '', 'Some words.', 'We chose it because it is boring.'];
const STATUSES = ['proposed', 'accepted', 'rejected', 'deprecated', 'superseded'] as const;

type Step =
  | { kind: 'create'; template: 'madr4' | 'nygard' | 'madr3' | 'log4brains'; context: number; outcome: number; consequences: number }
  | { kind: 'edit'; a: number; field: 'context' | 'outcome' | 'consequences'; text: number }
  | { kind: 'status'; a: number; status: number }
  | { kind: 'review'; a: number; past: boolean }
  | { kind: 'link' | 'unlink'; a: number; b: number; supersedes: boolean }
  | { kind: 'delete'; a: number };

const textIndex = fc.nat(TEXTS.length - 1);
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), template: fc.constantFrom('madr4', 'nygard', 'madr3', 'log4brains'), context: textIndex, outcome: textIndex, consequences: textIndex }),
  fc.record({ kind: fc.constant('edit' as const), a: fc.nat(20), field: fc.constantFrom('context', 'outcome', 'consequences'), text: textIndex }),
  fc.record({ kind: fc.constant('status' as const), a: fc.nat(20), status: fc.nat(STATUSES.length - 1) }),
  fc.record({ kind: fc.constant('review' as const), a: fc.nat(20), past: fc.boolean() }),
  fc.record({ kind: fc.constantFrom('link' as const, 'unlink' as const), a: fc.nat(20), b: fc.nat(20), supersedes: fc.boolean() }),
  fc.record({ kind: fc.constant('delete' as const), a: fc.nat(20) }),
);

describe('the app shows every error cairn check finds in the folder it writes', () => {
  it('holds over random sequences of edits, links and status changes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 14 }), async (steps) => {
        const core = await openTempCore({ now: fixedClock(`${TODAY}T09:00:00.000Z`).now });
        try {
          const workspace = await createWorkspace(core);
          const live: Decision[] = [];
          const pick = (i: number) => live[i % Math.max(live.length, 1)];
          for (const s of steps) {
            // A step the app refuses (a status the supersede rule or a check turns down) is a click that did nothing.
            try {
              if (s.kind === 'create') {
                live.push(
                  await call(core, 'createDecision', {
                    workspaceId: workspace.id,
                    template: s.template,
                    content: { title: `Decision ${live.length + 1}`, context: TEXTS[s.context], outcome: TEXTS[s.outcome], consequences: TEXTS[s.consequences] },
                  }),
                );
                continue;
              }
              const a = pick(s.a);
              if (!a) continue;
              const current = await call(core, 'getDecision', { id: a.id });
              if (s.kind === 'edit') await call(core, 'updateDecision', { id: a.id, baseRevision: current.revision, changes: { [s.field]: TEXTS[s.text] } });
              else if (s.kind === 'status') await call(core, 'updateDecision', { id: a.id, baseRevision: current.revision, changes: { status: STATUSES[s.status] } });
              else if (s.kind === 'review') await call(core, 'updateDecision', { id: a.id, baseRevision: current.revision, changes: { reviewBy: s.past ? '2026-01-01' : '2027-01-01' } });
              else if (s.kind === 'delete') {
                await call(core, 'deleteDecision', { id: a.id });
                live.splice(live.indexOf(a), 1);
              } else {
                const b = pick(s.b);
                if (!b || b.id === a.id) continue;
                const kind = s.supersedes ? 'supersedes' : 'relates-to';
                if (s.kind === 'link') await call(core, 'addDecisionLink', { fromId: a.id, kind, toId: b.id });
                else await call(core, 'removeDecisionLink', { fromId: a.id, kind, toId: b.id });
              }
            } catch {
              // refused: nothing changed
            }
          }
          const folder = path.join(makeTempDir(), 'adr');
          await call(core, 'exportWorkspace', { workspaceId: workspace.id, folder });
          const onDisk = checkFolder(folder, TODAY).findings.filter((f) => f.severity === 'error');
          const shown = (await call(core, 'getWorkspaceCheck', { workspaceId: workspace.id })).findings.filter((f) => f.severity === 'error');
          // Files are named by number or, in Log4brains, by date: each is known by its title, unique here.
          const titleIn = (file: string) => /Decision \d+/.exec(fs.readFileSync(path.join(folder, file), 'utf8'))?.[0];
          const titlesShown = new Set(await Promise.all(shown.map(async (f) => (await call(core, 'getDecision', { id: f.decisionId })).title)));
          const unshown = onDisk.filter((f) => !titlesShown.has(titleIn(f.file) ?? ''));
          expect(unshown, `steps: ${JSON.stringify(steps)}\nfolder: ${fs.readdirSync(folder).join(', ')}`).toEqual([]);
        } finally {
          core.dispose();
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
