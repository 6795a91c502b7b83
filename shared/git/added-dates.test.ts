import { describe, expect, it } from 'vitest';
import { parseAddedDates } from './added-dates';
import { RECORD } from './file-log';

/** One commit as `git log ADDED_DATES_LOG_ARGS` prints it: the date, a newline, then NUL-ended fields. */
const commit = (date: string, ...fields: string[]) => `${RECORD}${date}\0\n${fields.map((field) => `${field}\0`).join('')}`;

describe('parseAddedDates', () => {
  it('gives each file the day of the commit that added it, in that commit’s own zone', () => {
    // 23:30 at +05:00 is already the next day in UTC: the day is the commit's own.
    const dates = parseAddedDates(commit('2020-01-02T23:30:00+05:00', 'A', 'docs/adr/0001-use-x.md', 'A', 'docs/adr/0002-use-y.md'));
    expect([...dates]).toEqual([
      ['docs/adr/0001-use-x.md', '2020-01-02'],
      ['docs/adr/0002-use-y.md', '2020-01-02'],
    ]);
  });

  it('keeps the earliest addition of a path added, deleted and added again', () => {
    const log = commit('2024-05-01T10:00:00+00:00', 'A', 'a.md') + commit('2021-03-04T10:00:00-08:00', 'A', 'a.md');
    expect(parseAddedDates(log).get('a.md')).toBe('2021-03-04');
  });

  it('carries a file’s date through renames, as --follow would', () => {
    const log =
      commit('2023-01-01T09:00:00+01:00', 'R087', 'docs/adr/postgres.md', 'docs/adr/0003-use-postgres.md') +
      commit('2022-06-01T09:00:00+01:00', 'R100', 'notes/postgres.md', 'docs/adr/postgres.md') +
      commit('2019-11-20T09:00:00+01:00', 'A', 'notes/postgres.md');
    expect(parseAddedDates(log).get('docs/adr/0003-use-postgres.md')).toBe('2019-11-20');
  });

  it('dates a file renamed in from a path it never saw added by that rename', () => {
    expect(parseAddedDates(commit('2022-02-02T12:00:00+00:00', 'R100', 'outside/x.md', 'docs/adr/x.md')).get('docs/adr/x.md')).toBe('2022-02-02');
  });

  it('reads names with spaces, newlines and non-ASCII letters as they are (-z leaves them unquoted)', () => {
    const dates = parseAddedDates(commit('2020-07-08T00:00:00+00:00', 'A', 'adr/use x y.md', 'A', 'adr/ü\nn.md'));
    expect([...dates.keys()]).toEqual(['adr/use x y.md', 'adr/ü\nn.md']);
  });

  it('gives nothing for no commits, and skips a commit whose date cannot be read', () => {
    expect(parseAddedDates('').size).toBe(0);
    expect(parseAddedDates(commit('not a date', 'A', 'a.md') + commit('2020-13-45T00:00:00+00:00', 'A', 'b.md')).size).toBe(0);
  });
});
