import { describe, expect, it } from 'vitest';
import { fileNameStem } from './file-name-stem';

describe('a title as a file name stem', () => {
  it('keeps ASCII letters and digits, lower case, with dashes between words', () => {
    expect(fileNameStem('Friday teaching')).toBe('friday-teaching');
    expect(fileNameStem('  On-call #2 (EU)  ')).toBe('on-call-2-eu');
  });

  it('transliterates Cyrillic and Greek and drops accents, so titles in other scripts stay apart', () => {
    expect(fileNameStem('Дежурство')).toBe('dezhurstvo');
    expect(fileNameStem('Обучение')).toBe('obuchenie');
    expect(fileNameStem('Їжак й')).toBe('yizhak-y');
    expect(fileNameStem('Ѓорѓи')).toBe('gorgi');
    expect(fileNameStem('Ελληνικά')).toBe('ellinika');
    expect(fileNameStem('Café résumé, Straße')).toBe('cafe-resume-strasse');
  });

  it('is empty when nothing has a Latin spelling, for the caller to fill', () => {
    expect(fileNameStem('日本語')).toBe('');
    expect(fileNameStem('  --  ')).toBe('');
  });

  it('stops at the longest stem asked for, never on a dash', () => {
    expect(fileNameStem('a'.repeat(79) + ' bc', 80)).toBe('a'.repeat(79));
    expect(fileNameStem('word '.repeat(40)).length).toBeLessThanOrEqual(80);
  });
});
