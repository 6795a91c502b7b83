import { describe, expect, it } from 'vitest';
import { parseAdr } from '../../shared/dialects/adr-dialects';
import { MAX_BYTES, MIN_BYTES, syntheticLog, type BenchDialect } from './synthetic-log';

const log = (dialect: BenchDialect, seed: number, count = 60) => [...syntheticLog({ count, dialect, seed })];

describe.each(['nygard', 'madr4'] as const)('the synthetic %s log', (dialect) => {
  it('gives the same files, byte for byte, for the same seed', () => {
    expect(log(dialect, 7)).toEqual(log(dialect, 7));
  });

  it('gives other files for another seed', () => {
    expect(log(dialect, 8).map((f) => f.text)).not.toEqual(log(dialect, 7).map((f) => f.text));
  });

  it('writes 2–3 KB records that read back with their number, status and links', () => {
    const files = log(dialect, 3, 200);
    for (const file of files) {
      const bytes = Buffer.byteLength(file.text);
      expect(bytes, file.name).toBeGreaterThanOrEqual(MIN_BYTES);
      expect(bytes, file.name).toBeLessThanOrEqual(MAX_BYTES);
    }
    const docs = files.map((file) => parseAdr(file.text, file.name));
    expect(docs.map((doc) => doc.dialect)).toEqual(files.map(() => dialect));
    expect(docs.map((doc) => doc.number)).toEqual(files.map((_, i) => i + 1));
    const statuses = new Set(docs.map((doc) => doc.content.status));
    expect([...statuses].sort()).toEqual(['accepted', 'deprecated', 'proposed', 'rejected', 'superseded']);
    const superseding = docs.filter((doc) => doc.links.some((l) => l.kind === 'supersedes' && l.direction === 'outgoing'));
    expect(superseding.length).toBeGreaterThan(0);
    for (const doc of superseding) {
      const target = doc.links.find((l) => l.kind === 'supersedes' && l.direction === 'outgoing')?.targetNumber as number;
      const back = docs[target - 1]!;
      expect(back.content.status).toBe('superseded');
      expect(back.links).toContainEqual(expect.objectContaining({ kind: 'supersedes', direction: 'incoming', targetNumber: doc.number }));
    }
    expect(docs.some((doc) => doc.links.some((l) => l.kind === 'amends'))).toBe(true);
    expect(docs.every((doc) => doc.content.tags.length > 0 && doc.content.decisionMakers.length > 0)).toBe(true);
  });
});
