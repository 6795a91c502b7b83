import { describe, expect, it } from 'vitest';
import { hasActiveFilters, NO_FILTERS, searchInput, toggled } from './decision-filters';
import { snippetParts } from './snippet-parts';
import { statusOptions, tagOptions } from './facet-options';

const WORKSPACE = '0f8fad5b-d9cb-469f-a165-70867728950e';

describe('searchInput', () => {
  it('asks for a page by number, newest first, when nothing is typed', () => {
    expect(searchInput(WORKSPACE, NO_FILTERS, 500, 500)).toEqual({
      workspaceId: WORKSPACE,
      query: '',
      statuses: [],
      tags: [],
      undated: false,
      sort: 'number',
      order: 'desc',
      offset: 500,
      limit: 500,
    });
  });

  it('ranks by relevance for a query and leaves out empty person and dates', () => {
    const input = searchInput(WORKSPACE, { ...NO_FILTERS, query: ' postgres ', person: '  ', dateFrom: '2024-01-01' }, 0, 500);
    expect(input).toMatchObject({ query: 'postgres', sort: 'relevance', dateFrom: '2024-01-01' });
    expect(input).not.toHaveProperty('person');
    expect(input).not.toHaveProperty('dateTo');
  });

  it('asks for the decisions without a date when "No date" is ticked', () => {
    expect(searchInput(WORKSPACE, { ...NO_FILTERS, undated: true }, 0, 500)).toMatchObject({ undated: true });
  });
});

describe('hasActiveFilters', () => {
  it('tells "no decisions yet" from "nothing matches"', () => {
    expect(hasActiveFilters(NO_FILTERS)).toBe(false);
    expect(hasActiveFilters({ ...NO_FILTERS, tags: ['db'] })).toBe(true);
    expect(hasActiveFilters({ ...NO_FILTERS, query: '   ' })).toBe(false);
    expect(hasActiveFilters({ ...NO_FILTERS, undated: true })).toBe(true);
  });
});

describe('toggled', () => {
  it('adds an absent value and removes a present one', () => {
    expect(toggled(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggled(['a', 'b'], 'a')).toEqual(['b']);
  });
});

describe('facet options', () => {
  it('orders statuses by lifecycle, custom ones last, and keeps a checked status with no matches', () => {
    const options = statusOptions(
      [
        { value: 'on-hold', count: 1 },
        { value: 'accepted', count: 3 },
        { value: 'proposed', count: 2 },
      ],
      ['rejected'],
    );
    expect(options.map((o) => `${o.value} ${o.count}`)).toEqual(['proposed 2', 'accepted 3', 'rejected 0', 'on-hold 1']);
  });

  it('puts "No status" after every status, and keeps it checked with no matches', () => {
    expect(statusOptions([{ value: null, count: 2 }, { value: 'accepted', count: 1 }, { value: 'on-hold', count: 1 }], []).map((o) => o.value)).toEqual(['accepted', 'on-hold', null]);
    expect(statusOptions([{ value: 'accepted', count: 1 }], [null])).toEqual([
      { value: 'accepted', count: 1 },
      { value: null, count: 0 },
    ]);
  });

  it('orders tags by use, then name', () => {
    const options = tagOptions(
      [
        { value: 'db', count: 1 },
        { value: 'api', count: 1 },
        { value: 'security', count: 4 },
      ],
      [],
    );
    expect(options.map((o) => o.value)).toEqual(['security', 'api', 'db']);
  });
});

describe('snippetParts', () => {
  it('marks the «matched» words and drops the markers', () => {
    expect(snippetParts('we chose «Postgres» over «MySQL».')).toEqual([
      { text: 'we chose ', match: false },
      { text: 'Postgres', match: true },
      { text: ' over ', match: false },
      { text: 'MySQL', match: true },
      { text: '.', match: false },
    ]);
  });
});
