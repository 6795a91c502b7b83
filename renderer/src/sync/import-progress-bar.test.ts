import { describe, expect, it } from 'vitest';
import { describeImportProgress } from './import-progress-bar';

describe('the words of the import progress bar', () => {
  it('says it is starting until the first reading comes', () => {
    expect(describeImportProgress(null, false)).toBe('Starting the import…');
    expect(describeImportProgress({ running: true, phase: 'reading', done: 0, total: 0, preview: true }, true)).toBe('Starting the preview…');
  });

  it('counts files while reading and decisions while storing', () => {
    expect(describeImportProgress({ running: true, phase: 'reading', done: 1234, total: 10_000, preview: false }, false)).toBe('Reading 1,234 of 10,000 files…');
    // Storing counts two steps per record: the decision, then its file row.
    expect(describeImportProgress({ running: true, phase: 'storing', done: 5_000, total: 20_000, preview: false }, false)).toBe('Storing 10,000 decisions… 25%');
  });
});
