import { parseArgs } from 'node:util';
import { openCore } from '../../electron/core/core';
import { percentile } from './bench-stats';
import { SEARCH_QUERIES } from './cairn-bench';

const USAGE = `Usage: node scripts/bench/run-ts.mjs scripts/bench/fts-query-timings.ts --data-dir DIR [--rounds N]

Times each query of the full-text step of the benchmark (SEARCH_QUERIES, top 50 by relevance) alone,
through the dispatcher, on an existing data directory (opened for reads only), slowest first: the
median wall and CPU time of each, then the p50 and p95 over all samples as the benchmark reports them.
The first round only warms the statements and is not counted.`;

/**
 * The benchmark gives one p95 over all queries; a change to the search SQL helps some queries and
 * not others, so this shows which queries make up the tail, on a data directory made once (`cairn
 * import`) instead of a fresh import per run.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { 'data-dir': { type: 'string' }, rounds: { type: 'string', default: '7' }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) return console.log(USAGE);
  const dataDir = values['data-dir'];
  const rounds = Number(values.rounds);
  if (!dataDir) return fail('--data-dir is required: a data directory with one workspace (cairn --data-dir DIR import FOLDER)');
  if (!Number.isInteger(rounds) || rounds < 1) return fail(`--rounds must be a whole number of at least 1, not "${values.rounds}"`);

  const core = await openCore(dataDir, { readOnly: true });
  try {
    const [workspace] = await core.call('listWorkspaces', {});
    if (!workspace) return fail(`${dataDir} has no workspace`);
    const wall = new Map<string, number[]>(SEARCH_QUERIES.map((q) => [q, []]));
    const cpu = new Map<string, number[]>(SEARCH_QUERIES.map((q) => [q, []]));
    for (let round = 0; round <= rounds; round++) {
      for (const query of SEARCH_QUERIES) {
        const startCpu = process.cpuUsage();
        const start = performance.now();
        await core.call('searchDecisions', { workspaceId: workspace.id, query, sort: 'relevance', limit: 50 });
        const ms = performance.now() - start;
        const used = process.cpuUsage(startCpu);
        if (round === 0) continue;
        wall.get(query)?.push(ms);
        cpu.get(query)?.push((used.user + used.system) / 1000);
      }
    }
    const median = (samples: readonly number[]) => percentile([...samples].sort((a, b) => a - b), 50);
    const rows = SEARCH_QUERIES.map((query) => ({ query, wall: median(wall.get(query) ?? []), cpu: median(cpu.get(query) ?? []) })).sort((a, b) => b.wall - a.wall);
    for (const row of rows) console.log(`${row.wall.toFixed(2).padStart(8)} ms  CPU ${row.cpu.toFixed(2).padStart(6)} ms  ${row.query}`);
    const all = (samples: Map<string, number[]>) => [...samples.values()].flat().sort((a, b) => a - b);
    const wallAll = all(wall);
    const cpuAll = all(cpu);
    console.log(`p50 ${percentile(wallAll, 50).toFixed(2)} ms, p95 ${percentile(wallAll, 95).toFixed(2)} ms (CPU p95 ${percentile(cpuAll, 95).toFixed(2)} ms; ${SEARCH_QUERIES.length} queries × ${rounds})`);
  } finally {
    core.close();
  }
}

function fail(message: string): void {
  console.error(message);
  process.exitCode = 2;
}

await main();
