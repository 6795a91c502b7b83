#!/usr/bin/env node
// `npm run scan`: Electronegativity (Doyensec's static checker for Electron's security checklist)
// over the main process, the preload and the renderer's page and sources. Every finding must be
// justified in electron/security/electronegativity-allow-list.json, with a reason a reviewer can
// check; anything else fails. An allow-list entry that no longer matches a finding fails too, so the
// list never justifies more than the code actually does.
//
// The tool's own CLI does not start with the commander version this project installs, so its
// documented programmatic entry point is used instead. It runs offline: the one check that downloads
// Electron's release list (AvailableSecurityFixesGlobalCheck) is excluded — keeping Electron current
// is the dependency updates' job — and the tool's attempt to refresh its message translations simply
// falls back to the bundled English ones when there is no network.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
const runElectronegativity = require('@doyensec/electronegativity');

const ALLOW_LIST = 'electron/security/electronegativity-allow-list.json';
/** What ships in the app and can weaken it: the Node side and the page it loads. */
const SCANNED = ['electron', 'renderer/index.html', 'renderer/participant.html', 'renderer/src'];
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

const allowList = readAllowList(ALLOW_LIST);
const { findings, unparsed } = await scan();

const unjustified = findings.filter((finding) => !allowList.some((entry) => matches(entry, finding)));
const stale = allowList.filter((entry) => !findings.some((finding) => matches(entry, finding)));

for (const finding of findings) {
  const entry = allowList.find((candidate) => matches(candidate, finding));
  console.log(`${entry ? 'allowed ' : 'FINDING '} ${describe(finding)}`);
  if (entry) console.log(`          reason: ${entry.reason}`);
  else console.log(`          ${finding.description}\n          ${finding.url}`);
}
for (const file of unparsed) console.log(`UNPARSED ${file.file}: ${file.message} (a file the scanner cannot read is not checked)`);
for (const entry of stale) console.log(`STALE    allow-list entry ${entry.check} in ${entry.file} matches no finding: remove it from ${ALLOW_LIST}`);

const problems = unjustified.length + unparsed.length + stale.length;
console.log(
  `\nElectronegativity: ${findings.length} finding(s), ${findings.length - unjustified.length} justified in ${ALLOW_LIST}, ` +
    `${unjustified.length} unjustified, ${unparsed.length} unparsed file(s), ${stale.length} stale allow-list entr${stale.length === 1 ? 'y' : 'ies'}.`,
);
process.exitCode = problems === 0 ? 0 : 1;

/** Runs the checks over a staged copy of the scanned paths, so file names read "electron/main.ts". */
async function scan() {
  const staging = mkdtempSync(path.join(tmpdir(), 'cairn-electron-scan-'));
  try {
    for (const source of SCANNED) cpSync(source, path.join(staging, source), { recursive: true });
    const result = await runElectronegativity(
      {
        input: staging,
        isRelative: true,
        customScan: [],
        excludeFromScan: EXCLUDED_CHECKS,
        parserPlugins: [],
        // The staged copy has no package.json: name the Electron the app really runs, so checks
        // judge today's defaults (e.g. contextIsolation on since 12), not those of Electron 0.1.
        electronVersionOverride: require('electron/package.json').version,
      },
      false,
    );
    return {
      findings: result.issues.map((issue) => ({
        check: issue.id,
        file: issue.file.split(path.sep).join('/'),
        line: issue.location.line,
        column: issue.location.column,
        code: typeof issue.sample === 'string' ? issue.sample.trim() : '',
        severity: issue.severity.name ?? String(issue.severity),
        confidence: issue.confidence.name ?? String(issue.confidence),
        description: issue.description,
        url: issue.shortenedURL,
      })),
      unparsed: result.errors.filter((error) => !error.tolerable).map((error) => ({ file: path.relative(staging, error.file), message: error.message })),
    };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/**
 * An entry justifies findings of one check in one file; with `code`, only those whose flagged source
 * contains it — line numbers would go stale with every edit, the flagged code does not.
 */
function matches(entry, finding) {
  return entry.check === finding.check && entry.file === finding.file && (entry.code === undefined || finding.code.includes(entry.code));
}

function describe(finding) {
  const where = finding.line > 0 ? `${finding.file}:${finding.line}:${finding.column}` : finding.file;
  const code = finding.code ? `  \`${finding.code.split('\n')[0]}\`` : '';
  return `${finding.check} (${finding.severity}, ${finding.confidence}) ${where}${code}`;
}

function readAllowList(file) {
  const entries = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(entries)) throw new Error(`${file} must hold an array of entries.`);
  entries.forEach((entry, index) => {
    for (const field of ['check', 'file', 'reason']) {
      if (typeof entry[field] !== 'string' || entry[field].trim() === '') {
        throw new Error(`${file}, entry ${index + 1}: "${field}" must be a non-empty string (every allowed finding needs a reason).`);
      }
    }
    if (entry.code !== undefined && (typeof entry.code !== 'string' || entry.code === '')) {
      throw new Error(`${file}, entry ${index + 1}: "code", when given, must be a non-empty string.`);
    }
  });
  return entries;
}
