#!/usr/bin/env node
// `npm test`: everything CI checks, in order. Every step runs even when an earlier one failed, so
// one run reports all problems; the last line is the tally "N passed, N failed[, N skipped]".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const VITEST_REPORT = 'test-results/vitest.json';
const PLAYWRIGHT_REPORT = 'test-results/playwright.json';

const steps = [
  { name: 'build', command: ['npm', 'run', 'build'], count: countAsOneCheck },
  // Cairn keeps its own decision log; the CLI guards it the way a team would guard theirs.
  { name: 'decision log (cairn check docs/decisions)', command: ['node', 'bin/cairn.js', 'check', 'docs/decisions'], count: countAsOneCheck },
  { name: 'typecheck', command: ['npm', 'run', 'typecheck'], count: countAsOneCheck },
  { name: 'lint', command: ['npm', 'run', 'lint'], count: countAsOneCheck },
  { name: 'Electron security scan (Electronegativity)', command: ['npm', 'run', 'scan'], count: countAsOneCheck },
  {
    name: 'unit + integration (Vitest)',
    command: ['npx', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${VITEST_REPORT}`],
    report: VITEST_REPORT,
    count: countVitest,
  },
  { name: 'end-to-end (Playwright)', command: ['npx', 'playwright', 'test'], report: PLAYWRIGHT_REPORT, count: countPlaywright },
];

mkdirSync('test-results', { recursive: true });
const results = steps.map(runStep);

console.log('\n== Summary ==');
for (const r of results) {
  const skipped = r.skipped ? `, ${r.skipped} skipped` : '';
  console.log(`${r.failed ? 'FAIL' : 'ok  '}  ${r.name}: ${r.passed} passed, ${r.failed} failed${skipped}${r.note ? ` (${r.note})` : ''}`);
}
const total = (key) => results.reduce((sum, r) => sum + r[key], 0);
const failed = total('failed');
const skipped = total('skipped');
console.log(`${total('passed')} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed > 0 ? 1 : 0;

function runStep(step) {
  console.log(`\n== ${step.name}: ${step.command.join(' ')} ==`);
  // A report left from an earlier run must not be counted as this run's.
  if (step.report) rmSync(step.report, { force: true });
  const [program, ...args] = step.command;
  const run = spawnSync(program, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  const exitCode = run.status ?? 1;
  return { name: step.name, ...step.count(exitCode, step.report) };
}

function countAsOneCheck(exitCode) {
  return exitCode === 0 ? { passed: 1, failed: 0, skipped: 0 } : { passed: 0, failed: 1, skipped: 0, note: `exit code ${exitCode}` };
}

function countVitest(exitCode, report) {
  const json = readReport(report);
  if (!json) return noReport(exitCode, report);
  const counts = {
    passed: json.numPassedTests ?? 0,
    failed: json.numFailedTests ?? 0,
    skipped: (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0),
  };
  // A test file that fails to load has no failed test in it, but the run failed all the same.
  const brokenFiles = (json.testResults ?? []).filter((file) => file.status === 'failed' && (file.assertionResults ?? []).every((t) => t.status !== 'failed')).length;
  return withExitCode({ ...counts, failed: counts.failed + brokenFiles }, exitCode);
}

function countPlaywright(exitCode, report) {
  const json = readReport(report);
  if (!json?.stats) return noReport(exitCode, report);
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = json.stats;
  const runErrors = (json.errors ?? []).length;
  for (const reason of skipReasons(json.suites ?? [])) console.log(`skipped: ${reason}`);
  return withExitCode({ passed: expected, failed: unexpected + flaky + runErrors, skipped }, exitCode);
}

/** Why each skipped test was skipped, from its annotations, so a skip is never silent. */
function skipReasons(suites) {
  const reasons = [];
  const visit = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== 'skipped') continue;
        const why = (test.annotations ?? []).find((a) => a.type === 'skip')?.description;
        reasons.push(`${spec.title}: ${why ?? 'no reason given'}`);
      }
    }
    (suite.suites ?? []).forEach(visit);
  };
  suites.forEach(visit);
  return reasons;
}

/** A failing exit code with no failed test counted (a crash, a config error) still counts as one failure. */
function withExitCode(counts, exitCode) {
  if (exitCode !== 0 && counts.failed === 0) return { ...counts, failed: 1, note: `exit code ${exitCode} without a failed test` };
  return counts;
}

function noReport(exitCode, report) {
  return { passed: 0, failed: 1, skipped: 0, note: `no report at ${report}, exit code ${exitCode}` };
}

function readReport(file) {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}
