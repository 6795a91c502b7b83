import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../core/testing/temp-core';
import { loadWithCodeCache } from './code-cache';

let scratch: string;
let bundle: string;
beforeEach(() => {
  scratch = makeTempDir();
  bundle = path.join(scratch, 'cli.cjs');
});
afterEach(() => fs.rmSync(scratch, { recursive: true, force: true }));

type Exports = { answer(): string; dir: string; fs: boolean };
const program = (answer: string) =>
  `const fs = require('node:fs');\nexports.answer = () => '${answer}';\nexports.dir = __dirname;\nexports.fs = typeof fs.readFileSync === 'function';\n`;

describe('loadWithCodeCache', () => {
  it('runs a CommonJS bundle as require would, stores its compiled code, and uses it the next time', () => {
    fs.writeFileSync(bundle, program('first'));
    const first = loadWithCodeCache<Exports>(bundle);
    expect(first.exports.answer()).toBe('first');
    expect(first.exports.dir).toBe(scratch);
    expect(first.exports.fs).toBe(true);
    expect(first.fromCache).toBe(false);
    first.save();
    expect(fs.existsSync(`${bundle}.cache`)).toBe(true);

    const second = loadWithCodeCache<Exports>(bundle);
    expect(second.fromCache).toBe(true);
    expect(second.exports.answer()).toBe('first');
  });

  it('never runs a rebuilt bundle with the old code, even one of the same length', () => {
    fs.writeFileSync(bundle, program('first'));
    loadWithCodeCache<Exports>(bundle).save();
    fs.writeFileSync(bundle, program('other'));
    const rebuilt = loadWithCodeCache<Exports>(bundle);
    expect(rebuilt.fromCache).toBe(false);
    expect(rebuilt.exports.answer()).toBe('other');
    rebuilt.save();
    expect(loadWithCodeCache<Exports>(bundle)).toMatchObject({ fromCache: true });
  });

  it('compiles from source when the cache is damaged or cannot be written', () => {
    fs.writeFileSync(bundle, program('first'));
    fs.writeFileSync(`${bundle}.cache`, 'not a cache');
    const damaged = loadWithCodeCache<Exports>(bundle);
    expect(damaged).toMatchObject({ fromCache: false });
    expect(damaged.exports.answer()).toBe('first');
    // A folder where the cache would go: saving fails quietly and leaves nothing behind.
    fs.rmSync(`${bundle}.cache`);
    fs.mkdirSync(`${bundle}.cache`);
    expect(() => damaged.save()).not.toThrow();
    expect(fs.readdirSync(scratch).sort()).toEqual(['cli.cjs', 'cli.cjs.cache']);
  });
});
