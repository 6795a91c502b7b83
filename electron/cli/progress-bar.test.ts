import { describe, expect, it } from 'vitest';
import { progressBar } from './progress-bar';

describe('the progress bar', () => {
  it('redraws one line as files are read and clears it at the end', () => {
    let out = '';
    const bar = progressBar((text) => (out += text), 'Reading');
    for (let done = 0; done <= 60; done++) bar.update(done, 60);
    bar.finish();
    const frames = out.split('\r').filter(Boolean);
    expect(frames[0]).toBe(`Reading [${'-'.repeat(30)}] 0/60`);
    expect(frames.at(-2)).toBe(`Reading [${'#'.repeat(30)}] 60/60`);
    expect(frames.at(-1)).toBe('\x1b[2K');
    expect(frames.length).toBe(33);
  });

  it('starts again under a new label for the next stage', () => {
    let out = '';
    const bar = progressBar((text) => (out += text), 'Reading');
    bar.update(60, 60);
    bar.update(0, 60, 'Storing');
    bar.update(60, 60);
    const frames = out.split('\r').filter(Boolean);
    expect(frames).toEqual([`Reading [${'#'.repeat(30)}] 60/60`, `Storing [${'-'.repeat(30)}] 0/60`, `Storing [${'#'.repeat(30)}] 60/60`]);
  });

  it('stays silent for a handful of files', () => {
    let out = '';
    const bar = progressBar((text) => (out += text), 'Reading');
    bar.update(3, 9);
    bar.finish();
    expect(out).toBe('');
  });
});
