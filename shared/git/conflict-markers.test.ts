import { describe, expect, it } from 'vitest';
import { conflictSideNames, hasConflictMarkers, splitConflict } from './conflict-markers';

const MERGED = [
  '---',
  '<<<<<<< HEAD',
  'status: accepted',
  '=======',
  'status: rejected',
  '>>>>>>> origin/main',
  '---',
  '',
  '# Use PostgreSQL',
  '<<<<<<< HEAD',
  'Ada was here.',
  '=======',
  'Bob was here.',
  '>>>>>>> origin/main',
  '',
].join('\n');

describe('hasConflictMarkers', () => {
  it('finds the markers git writes, at the start of lines', () => {
    expect(hasConflictMarkers(MERGED)).toBe(true);
    expect(hasConflictMarkers('<<<<<<< HEAD\r\na\r\n=======\r\nb\r\n>>>>>>> x\r\n')).toBe(true);
  });

  it('leaves alone text that only looks like them: inside a line, a start with no end, a Markdown rule', () => {
    expect(hasConflictMarkers('Write <<<<<<< HEAD in a sentence\n>>>>>>> not after a start\n')).toBe(false);
    expect(hasConflictMarkers('<<<<<<< HEAD\nnever closed\n')).toBe(false);
    expect(hasConflictMarkers('Title\n=======\n\nText\n')).toBe(false);
    expect(hasConflictMarkers('')).toBe(false);
  });
});

describe('splitConflict', () => {
  it('gives each side the common text and its own part of every hunk', () => {
    expect(splitConflict(MERGED)).toEqual({
      ours: '---\nstatus: accepted\n---\n\n# Use PostgreSQL\nAda was here.\n',
      theirs: '---\nstatus: rejected\n---\n\n# Use PostgreSQL\nBob was here.\n',
      hunks: 2,
    });
  });

  it('leaves the common ancestor of the diff3 style to neither side, and keeps CRLF line endings', () => {
    const diff3 = 'a\r\n<<<<<<< ours\r\nmine\r\n||||||| base\r\nold\r\n=======\r\nyours\r\n>>>>>>> theirs\r\nz';
    expect(splitConflict(diff3)).toEqual({ ours: 'a\r\nmine\r\nz', theirs: 'a\r\nyours\r\nz', hunks: 1 });
  });

  it('keeps an empty side empty (one side deleted the lines)', () => {
    expect(splitConflict('<<<<<<< HEAD\n=======\nadded\n>>>>>>> b\n')).toEqual({ ours: '', theirs: 'added\n', hunks: 1 });
  });

  it('is null for a file with no complete hunk', () => {
    expect(splitConflict('plain text\n')).toBeNull();
    expect(splitConflict('<<<<<<< HEAD\nmine\n=======\nyours\n')).toBeNull();
  });
});

describe('conflictSideNames', () => {
  it('reads the names git wrote after the markers of the first hunk', () => {
    expect(conflictSideNames('a\n<<<<<<< HEAD\nmine\n=======\nyours\n>>>>>>> origin/main\n')).toEqual({ ours: 'HEAD', theirs: 'origin/main' });
  });

  it('gives null where git wrote no name, or there is no hunk', () => {
    expect(conflictSideNames('<<<<<<<\nmine\n=======\nyours\n>>>>>>>\n')).toEqual({ ours: null, theirs: null });
    expect(conflictSideNames('plain\n')).toEqual({ ours: null, theirs: null });
  });
});
