import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BENCH_DIALECTS, type BenchDialect } from './synthetic-log';
import { writeSyntheticLog } from './synthetic-folder';

const USAGE = `Usage: npm run bench:data -- --count N --dialect D --out DIR [--seed S]

Writes a synthetic decision log of N records (2–3 KB each) into DIR, which must be empty or absent.
  --dialect  adr-tools (Nygard, also "nygard") or madr4
  --seed     the random seed (default 1): the same seed always gives the same bytes`;

const DIALECT_NAMES: Record<string, BenchDialect> = { 'adr-tools': 'nygard', nygard: 'nygard', madr4: 'madr4', madr: 'madr4' };

function main(): void {
  const { values } = parseArgs({
    options: {
      count: { type: 'string' },
      dialect: { type: 'string', default: 'adr-tools' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return console.log(USAGE);
  const count = Number(values.count);
  if (!Number.isInteger(count) || count < 1 || count > 1_000_000) fail(`--count must be a whole number from 1 to 1,000,000, not "${values.count ?? ''}"`);
  const dialect = DIALECT_NAMES[values.dialect];
  if (!dialect) fail(`--dialect must be one of adr-tools, ${BENCH_DIALECTS.join(', ')}, not "${values.dialect}"`);
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) fail(`--seed must be a whole number, not "${values.seed}"`);
  if (!values.out) fail('--out is required: the folder to write the records into');
  const out = path.resolve(values.out);
  if (fs.existsSync(out) && fs.readdirSync(out).length > 0) fail(`--out ${out} is not empty; choose an empty or new folder`);

  const started = performance.now();
  const { files, bytes } = writeSyntheticLog(out, { count, dialect, seed });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Wrote ${files} ${dialect} records (${(bytes / 1024 / 1024).toFixed(1)} MiB) to ${out} in ${seconds} s`);
}

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

main();
