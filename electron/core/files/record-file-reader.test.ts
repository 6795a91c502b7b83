import { describe, expect, it } from 'vitest';
import { readRecordFile } from './record-file-reader';

// Issue 21: one hostile file fails alone, named, instead of stopping the import or sync of the others.
const aliasBomb = [
  '---',
  'a: &a ["x","x","x","x","x","x","x","x","x"]',
  ...Array.from({ length: 12 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`),
  'title: Bomb',
  '---',
  '# Bomb',
  '',
].join('\n');

describe('readRecordFile', () => {
  it('fails a file whose front matter is a YAML alias bomb on its own, naming it', () => {
    const read = readRecordFile({ name: '0042-bomb.md', text: aliasBomb, modified: new Date('2025-06-01T00:00:00Z') });
    expect(read).toMatchObject({ ok: false, name: '0042-bomb.md' });
    expect(read.ok ? '' : read.reason).toMatch(/^0042-bomb\.md/);
  });

  it('reads a plain record', () => {
    const text = '# 1. Use PostgreSQL\n\nDate: 2025-06-01\n\n## Status\n\nAccepted\n\n## Context\n\nWhy.\n';
    expect(readRecordFile({ name: '0001-use-postgresql.md', text, modified: new Date('2025-06-01T00:00:00Z') })).toMatchObject({ ok: true, name: '0001-use-postgresql.md' });
  });
});
