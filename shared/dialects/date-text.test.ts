import { describe, expect, it } from 'vitest';
import { dateOrderOf, parseDateText, readDateText } from './date-text';

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

describe('readDateText', () => {
  it.each([
    ['2019-05-13, updated 2023-02-05 (typo)', '2019-05-13', ', updated 2023-02-05 (typo)'],
    ['2024-05-22 (back dated)', '2024-05-22', ' (back dated)'],
    ['15/03/21', '2021-03-15', ''],
    ['15.03.2021', '2021-03-15', ''],
    ['5. März 2021', '2021-03-05', ''],
    ['5 mars 2021', '2021-03-05', ''],
    ['5 de marzo de 2021', '2021-03-05', ''],
    ['12 dezembro 2021', '2021-12-12', ''],
  ])('reads %j as %s with the note %j', (text, date, note) => {
    expect(readDateText(text)).toMatchObject({ date, note, reading: 'exact' });
  });

  it('reads a day and month that could be either in the order given, and says it could be either', () => {
    expect(readDateText('03/05/2021')).toMatchObject({ date: '2021-05-03', reading: 'ambiguous' });
    expect(readDateText('03/05/2021', 'month-first')).toMatchObject({ date: '2021-03-05', reading: 'ambiguous' });
    expect(readDateText('05/05/2021')).toMatchObject({ date: '2021-05-05', reading: 'exact' });
  });

  it('reads a year, day, month date that has no month 13 as swapped', () => {
    expect(readDateText('2023-13-10')).toMatchObject({ date: '2023-10-13', reading: 'swapped' });
  });

  it('does not take a word glued to a date, and tells a placeholder from other text', () => {
    expect(readDateText('2021-03-05abc').date).toBeNull();
    expect(readDateText('{YYYY-MM-DD when the decision was last updated}')).toMatchObject({ date: null, unfilled: true });
    expect(readDateText('soon')).toMatchObject({ date: null, unfilled: false });
    expect(readDateText('juil. 5, 2021').date).toBe('2021-07-05');
    expect(readDateText('jui 5, 2021').date).toBeNull();
  });
});

describe('dateOrderOf', () => {
  it('tells the order from the dates that say it, and nothing when they disagree or none says it', () => {
    expect(dateOrderOf(['03/05/2021', '25/12/2020'])).toBe('day-first');
    expect(dateOrderOf(['03/05/2021', '12/25/2020'])).toBe('month-first');
    expect(dateOrderOf(['03/05/2021', '2021-01-01'])).toBeNull();
    expect(dateOrderOf(['25/12/2020', '12/25/2020'])).toBeNull();
  });
});
