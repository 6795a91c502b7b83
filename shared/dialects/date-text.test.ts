import { describe, expect, it } from 'vitest';
import { parseDateText } from './date-text';

describe('parseDateText', () => {
  it.each([
    ['2016-02-12', '2016-02-12'],
    ['2021-03-05T10:00:00Z', '2021-03-05'],
    ['2021/3/5', '2021-03-05'],
    ['20210305', '2021-03-05'],
    ['12/01/1992', '1992-01-12'],
    ['01/25/1992', '1992-01-25'],
    ['5 March 2021', '2021-03-05'],
    ['5th Mar. 2021', '2021-03-05'],
    ['March 5, 2021', '2021-03-05'],
    ['[2021-03-12]', '2021-03-12'],
  ])('reads %s as %s', (text, date) => {
    expect(parseDateText(text)).toBe(date);
  });

  it.each(['', '{YYYY-MM-DD when the decision was last updated}', '2021-02-30', '13/13/2021', 'yesterday'])('does not read %j as a date', (text) => {
    expect(parseDateText(text)).toBeNull();
  });
});
