import { describe, expect, it } from 'vitest';
import { checklistItems, checklistProgressText } from './turn-checklist';

describe('per-turn checklist', () => {
  const runbook = 'Start of the week:\n\n- Triage new alerts\n* [ ] Open tickets, do not fix\n1. Check the pager\n- Triage new alerts\n';

  it('makes each list line an item a holder ticks off for their turn', () => {
    const items = checklistItems(runbook, new Set(['Check the pager', 'Triage new alerts (2)']));
    expect(items).toEqual([
      { key: 'Triage new alerts', text: 'Triage new alerts', done: false },
      { key: 'Open tickets, do not fix', text: 'Open tickets, do not fix', done: false },
      { key: 'Check the pager', text: 'Check the pager', done: true },
      { key: 'Triage new alerts (2)', text: 'Triage new alerts', done: true },
    ]);
    expect(checklistProgressText(items)).toBe('2 of 4 done');
  });

  it('has no progress for prose without items', () => {
    expect(checklistProgressText(checklistItems('Just be around.'))).toBeNull();
  });
});
