// Property-based fuzzing of every dialect's reader and writer: random text and mutated real-world
// ADRs from ../shared/corpus. The corpus is read from disk; only tests may touch node:*.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { DIALECTS, parseAdr, serializeAdr } from './adr-dialects';
import type { Dialect } from './adr-document';
import { detectDialect } from './detect-dialect';
import { DialectError } from './dialect-error';

const CORPUS = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../shared/corpus');
const SEED = Number(process.env.CAIRN_FUZZ_SEED ?? 4242);
const RUNS = Number(process.env.CAIRN_FUZZ_RUNS ?? 300);
/** No single input may take longer than this; generous, so only a real blow-up (a hang in the making) trips it. */
const PER_INPUT_LIMIT_MS = 2_000;

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = join(dir, name);
    if (statSync(file).isDirectory()) return markdownFiles(file);
    return name.endsWith('.md') ? [file] : [];
  });
}

const corpus = markdownFiles(CORPUS).map((file) => readFileSync(file, 'utf8'));

/** A change to a file of the kind editors, merges and broken disks make. */
const Mutation = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom('---\n', '# ', '\n## Status\n', '```\n', '<!--', '\0', '\r', '\ufeff', ': :', '* Status: ', '[x](', '|---|')) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat(), times: fc.integer({ min: 1, max: 50 }) }),
  fc.record({ kind: fc.constant('swap-lines' as const), at: fc.nat(), other: fc.nat() }),
);
type Mutation = typeof Mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(text: string, mutation: Mutation): string {
  const at = text.length === 0 ? 0 : mutation.at % text.length;
  switch (mutation.kind) {
    case 'insert':
      return text.slice(0, at) + mutation.text + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + mutation.length);
    case 'truncate':
      return text.slice(0, at);
    case 'duplicate-line': {
      const lines = text.split('\n');
      const index = mutation.at % lines.length;
      lines.splice(index, 0, ...Array<string>(mutation.times).fill(lines[index] ?? ''));
      return lines.join('\n');
    }
    case 'swap-lines': {
      const lines = text.split('\n');
      const a = mutation.at % lines.length;
      const b = mutation.other % lines.length;
      [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
      return lines.join('\n');
    }
  }
}

const randomText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 3000 }),
  fc.string({ unit: 'grapheme', maxLength: 3000 }),
  fc.array(fc.constantFrom('# Title', '## Status', 'Accepted', '---', 'status: x', '## Context', '* Option', '', '```', '<!-- -->', '\t'), { maxLength: 80 }).map((lines) => lines.join('\n')),
);
const mutatedCorpus = fc.tuple(fc.constantFrom(...corpus), fc.array(Mutation, { minLength: 1, maxLength: 6 })).map(([text, mutations]) => mutations.reduce(mutate, text));
const anyInput = fc.oneof(randomText, mutatedCorpus);

/** The slowest input seen per parser, for the report at the end. */
const slowest = new Map<string, { ms: number; length: number }>();
afterAll(() => {
  const lines = [...slowest].map(([name, s]) => `  ${name}: ${s.ms.toFixed(1)} ms (${s.length} characters)`);
  console.info(`Slowest fuzz input per reader (limit ${PER_INPUT_LIMIT_MS} ms):\n${lines.join('\n')}`);
});

/** Runs `read` on the input; anything but a DialectError fails, and so does taking longer than the limit. */
function readWithinLimit(name: string, text: string, read: (text: string) => void): void {
  const started = performance.now();
  try {
    read(text);
  } catch (error) {
    if (!(error instanceof DialectError)) throw error;
    expect(error.message.startsWith('fuzz/0042-input.md')).toBe(true);
  } finally {
    const ms = performance.now() - started;
    const record = slowest.get(name);
    if (!record || ms > record.ms) slowest.set(name, { ms, length: text.length });
    expect(ms, `${name} took ${ms.toFixed(0)} ms on a ${text.length}-character input`).toBeLessThan(PER_INPUT_LIMIT_MS);
  }
}

function readAndWrite(dialect: Dialect): (text: string) => void {
  return (text) => {
    const doc = dialect.parse(text, 'fuzz/0042-input.md');
    // What could be read can be written back.
    expect(typeof dialect.serialize(doc)).toBe('string');
  };
}

describe('dialect readers under random and mutated input', () => {
  it('has corpus files to mutate', () => {
    expect(corpus.length).toBeGreaterThan(50);
  });

  it.each(Object.values(DIALECTS).map((dialect) => [dialect.id, dialect] as const))('%s reads or refuses with a DialectError, in time', (id, dialect) => {
    fc.assert(
      fc.property(anyInput, (text) => readWithinLimit(id, text, readAndWrite(dialect))),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('detects a dialect for any text, and parseAdr reads or refuses it', () => {
    fc.assert(
      fc.property(anyInput, (text) => {
        readWithinLimit('detect + parseAdr', text, (input) => {
          expect(Object.keys(DIALECTS)).toContain(detectDialect(input, 'fuzz/0042-input.md'));
          expect(typeof serializeAdr(parseAdr(input, 'fuzz/0042-input.md'))).toBe('string');
        });
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
