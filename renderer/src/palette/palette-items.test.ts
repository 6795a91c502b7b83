import { describe, expect, it } from 'vitest';
import { ACTION_ITEMS, groupItems, matchItems, PAGE_ITEMS } from './palette-items';
import { modKeyName } from './shortcut-list';

const items = [...PAGE_ITEMS, ...ACTION_ITEMS];

describe('matchItems', () => {
  it('finds pages and actions by any word of their label or keywords, case aside', () => {
    expect(matchItems(items, 'GRAPH').map((i) => i.label)).toEqual(['Decision graph']);
    expect(matchItems(items, 'adr').map((i) => i.label)).toEqual(['Decisions', 'Workspace settings', 'New decision', 'Import a folder of ADRs']);
  });

  it('needs every word, in any order', () => {
    expect(matchItems(items, 'workspace sample').map((i) => i.label)).toEqual(['Open the sample workspace']);
    expect(matchItems(items, 'sample nothing')).toEqual([]);
  });

  it('puts labels that start with the query first', () => {
    expect(matchItems(items, 'new').map((i) => i.label).slice(0, 2)).toEqual(['New decision', 'New goal']);
  });

  it('keeps everything for an empty query', () => {
    expect(matchItems(items, '  ')).toHaveLength(items.length);
  });
});

describe('groupItems', () => {
  it('labels each group once and keeps every item\'s place in the whole list', () => {
    const groups = groupItems([PAGE_ITEMS[0], ACTION_ITEMS[0], ACTION_ITEMS[1]].filter((item) => item !== undefined));
    expect(groups.map((g) => g.group)).toEqual(['Pages', 'Actions']);
    expect(groups.map((g) => g.entries.map((e) => e.index))).toEqual([[0], [1, 2]]);
    expect(groupItems([])).toEqual([]);
  });

  it('finds the actions by what they do', () => {
    expect(matchItems(ACTION_ITEMS, 'dark').map((i) => i.label)).toEqual(['Toggle theme']);
    expect(matchItems(ACTION_ITEMS, 'sync').map((i) => i.label)).toEqual(['Sync now']);
  });
});

describe('modKeyName', () => {
  it('reads Cmd on a Mac and Ctrl elsewhere', () => {
    expect(modKeyName('MacIntel')).toBe('⌘');
    expect(modKeyName('Linux x86_64')).toBe('Ctrl');
  });
});
