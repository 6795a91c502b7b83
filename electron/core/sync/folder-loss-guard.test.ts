import { describe, expect, it } from 'vitest';
import { judgeFolderLoss } from './folder-loss-guard';

const judge = (synced: number, lost: number, options: { present?: boolean; force?: boolean } = {}) =>
  judgeFolderLoss({ present: options.present ?? true, path: '/repo/doc/adr', synced, lost, force: options.force ?? false });

describe('judgeFolderLoss', () => {
  it.each([
    { synced: 0, lost: 0, waits: false, why: 'nothing was synced yet' },
    { synced: 10, lost: 0, waits: false, why: 'nothing lost' },
    { synced: 10, lost: 2, waits: false, why: 'a few files deleted by hand' },
    { synced: 10, lost: 5, waits: false, why: 'half is not more than half' },
    { synced: 10, lost: 6, waits: true, why: 'more than half and more than 5' },
    { synced: 8, lost: 5, waits: false, why: 'more than half, but only 5' },
    { synced: 1, lost: 1, waits: true, why: 'every file gone, however few' },
    { synced: 3, lost: 3, waits: true, why: 'every file gone' },
    { synced: 2060, lost: 2060, waits: true, why: 'the reported 2,060 of 2,060' },
    { synced: 2060, lost: 1000, waits: false, why: 'less than half' },
  ])('$synced synced, $lost lost: waits $waits ($why)', ({ synced, lost, waits }) => {
    expect(judge(synced, lost) !== null).toBe(waits);
  });

  it('says how many files went, in words a person reads, and lets the person go ahead', () => {
    expect(judge(2060, 2060)).toEqual({
      reason: 'lost-files',
      message: 'The folder lost 2,060 of 2,060 files since the last sync. Was it moved or unmounted? Nothing was changed.',
      lost: 2060,
      synced: 2060,
      canForce: true,
    });
    expect(judge(2060, 2060, { force: true })).toBeNull();
  });

  it('always waits for a folder that is not there, forced or not', () => {
    for (const force of [false, true]) expect(judge(4, 0, { present: false, force })).toMatchObject({ reason: 'missing', canForce: false, lost: 4, synced: 4 });
    expect(judge(0, 0, { present: false })?.message).toMatch(/^The folder \/repo\/doc\/adr is not there\./);
  });
});
