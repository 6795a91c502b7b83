import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { ApiCallError, AppError } from '../../shared/api/api-result';
import type { Workspace } from '../../shared/api/contract';
import type { DecisionRow } from '../../shared/api/decision-list-operations';
import type { ImportReport } from '../../shared/api/sync-operations';
import { DIALECT_IDS } from '../../shared/dialects/adr-document';
import { toCalendarDate } from '../../shared/domain/calendar-date';
import { formatDecisionNumber } from '../../shared/domain/decision';
import { renderDecisionMarkdown } from '../../shared/domain/decision-markdown';
import { DEFAULT_TEMPLATE, TemplateId } from '../../shared/domain/template';
import { openCore, type Core } from '../core/core';
import { acquireDataDirLock, type DataDirLock } from '../host/data-dir-lock';
import { checkFolder, type CheckFinding } from '../core/decisions';
import { onImportProgress } from '../core/sync';
import { resolveDataDir } from '../host/data-dir';
import { CliFailure, processIo, type CliIo } from './cli-io';
import { chooseWorkspace, DEFAULT_WORKSPACE_NAME } from './cli-workspace';
import { describeImport, describeRenumberPreview, describeSync, describeSyncPreview, formatFindings, formatList } from './cli-text';
import { progressBar } from './progress-bar';
import { resolveCliTemplate } from './cli-template';

interface GlobalOptions {
  dataDir?: string;
  workspace?: string;
}

/**
 * Runs one `cairn` command and returns its exit code: 0 success, 1 a failure or a finding the
 * command reports (skipped files, lint errors, conflicts), 2 a usage error.
 */
export async function runCli(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let exitCode = 0;
  let core: Core | undefined;
  let lock: DataDirLock | undefined;
  const program = new Command('cairn');
  /**
   * Opens the core. Reading and writing records runs beside the app or the web host: SQLite lets
   * one connection write at a time (a write waits for the lock, boundedly, then says it is busy) and
   * the hosts notice the commit. Work on a linked folder's files (import, export, sync, renumber,
   * linking a folder) is `folderWork`: one Cairn at a time does that, so it waits briefly for the
   * data directory, then says who holds it.
   */
  const open = async (folderWork = false, readOnly = false): Promise<Core> => {
    const options = program.opts<GlobalOptions>();
    const dataDir = resolveDataDir({ flag: options.dataDir, env: io.env });
    // Work on a folder's files: one Cairn at a time, waiting briefly for another, then saying who holds it.
    if (folderWork) lock ??= await acquireDataDirLock(dataDir, { owner: 'the cairn command', waitMs: 10_000 });
    // The hosts take the daily backup (electron/host); a quick command should not wait for a copy of the database.
    // A command that writes no record opens the database for reads only, without the check of every page.
    core ??= await openCore(dataDir, { readOnly });
    return core;
  };
  const workspace = async (create = false, folderWork = false, readOnly = false): Promise<{ core: Core; workspace: Workspace }> => {
    const opened = await open(folderWork, readOnly);
    return { core: opened, workspace: await chooseWorkspace(opened, program.opts<GlobalOptions>().workspace, create) };
  };
  const print = (text: string) => io.stdout(text.endsWith('\n') ? text : `${text}\n`);
  const json = (value: unknown) => print(JSON.stringify(value, null, 2));

  program
    .description('Architecture decision records in Markdown, kept in step with Cairn.')
    .option('--data-dir <dir>', "Cairn's data directory (default: $CAIRN_DATA_DIR, else the app's own)")
    .option('--workspace <name>', 'the workspace to work on (default: the only one)')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  program
    .command('init')
    .description('Creates a workspace, optionally linked to a folder of decision records')
    .argument('[name]', 'workspace name', 'Decisions')
    .option('--folder <dir>', 'link the workspace to this folder (created if missing)')
    .addOption(new Option('--dialect <dialect>', 'dialect for files written to the folder').choices(DIALECT_IDS))
    .action(async (name: string, options: { folder?: string; dialect?: (typeof DIALECT_IDS)[number] }) => {
      const opened = await open(options.folder !== undefined);
      const created = await opened.call('createWorkspace', { name });
      print(`Created workspace "${created.name}"`);
      if (options.folder !== undefined) {
        fs.mkdirSync(options.folder, { recursive: true });
        const linked = await opened.call('linkSyncFolder', { workspaceId: created.id, path: options.folder, dialect: options.dialect ?? null });
        print(`Linked to ${linked.path}`);
      }
    });

  program
    .command('new')
    .description('Creates a decision with the next number')
    .argument('<title...>', 'the title')
    .option('--template <template>', `a built-in template (${TemplateId.options.join(', ')}), a team template by name, or a template file of the linked folder`, DEFAULT_TEMPLATE)
    .option('--status <status>', 'initial status', 'proposed')
    .option('--tag <tag>', 'a tag (repeatable)', (tag: string, tags: string[]) => [...tags, tag], [] as string[])
    .option('--json', 'print the decision as JSON')
    .action(async (title: string[], options: { template: string; status: string; tag: string[]; json?: boolean }) => {
      const { core: opened, workspace: ws } = await workspace(true);
      const decision = await opened.call('createDecision', {
        workspaceId: ws.id,
        ...(await resolveCliTemplate(opened, ws.id, options.template)),
        content: { title: title.join(' '), status: options.status, tags: options.tag },
        links: [],
      });
      if (options.json) json(decision);
      else print(`Created ${formatDecisionNumber(decision.number)} ${decision.title}`);
    });

  program
    .command('list')
    .description('Lists the decisions of the workspace by number')
    .option('--status <status>', 'only this status')
    .option('--json', 'print a JSON array (id, number, title, status, statusSource, date, dateSource, tags, links, file); an unknown status or date is null')
    .action(async (options: { status?: string; json?: boolean }) => {
      const { core: opened, workspace: ws } = await workspace(false, false, true);
      const rows = await listRows(opened, ws.id, null, options.status);
      if (options.json) json(rows);
      else print(formatList(rows));
    });

  program
    .command('search')
    .description('Full-text search over titles, text, tags and people')
    .argument('<query...>', 'words to find (prefix* and "phrases" work)')
    .option('--json', 'print a JSON array')
    .action(async (query: string[], options: { json?: boolean }) => {
      const { core: opened, workspace: ws } = await workspace(false, false, true);
      const rows = await listRows(opened, ws.id, query.join(' '));
      if (options.json) json(rows);
      else print(rows.length === 0 ? 'No decisions match.' : formatList(rows));
    });

  program
    .command('show')
    .description('Shows one decision, by number or id')
    .argument('<decision>', 'number (7, 0007) or id')
    .option('--json', 'print the decision as JSON')
    .action(async (ref: string, options: { json?: boolean }) => {
      const { core: opened, workspace: ws } = await workspace(false, false, true);
      const decision = await findDecision(opened, ws.id, ref);
      if (options.json) json(decision);
      else print(renderDecisionMarkdown(decision.number, decision.template, decision, decision.dateSource));
    });

  program
    .command('import')
    .description('Imports every ADR file in a folder (dialect detected per file); exit 1 if any was skipped')
    .argument('<dir>', 'the folder')
    .option('--preview', 'show what would be imported, store nothing')
    .option('--json', 'print the per-file report as JSON')
    .action(async (dir: string, options: { preview?: boolean; json?: boolean }) => {
      const { core: opened, workspace: ws } = await workspace(true, true);
      const bar = progressBar(io.stderr, 'Reading');
      // Storing counts two steps per decision (the decision, then its file's state): shown as decisions.
      const stop = io.interactive
        ? onImportProgress((done, total, phase) =>
            phase === 'reading' ? bar.update(done, total, 'Reading') : bar.update(Math.floor(done / 2), Math.ceil(total / 2), 'Storing'),
          )
        : () => undefined;
      let report: ImportReport;
      try {
        report = await opened.call('importFolder', { workspaceId: ws.id, folder: dir, preview: options.preview === true });
      } finally {
        stop();
        bar.finish();
      }
      for (const file of report.files.filter((f) => f.outcome === 'skipped')) io.stderr(`skipped ${file.file}: ${file.reason ?? ''}\n`);
      if (options.json) json(report);
      else print(describeImport(report));
      if (report.skipped > 0) exitCode = 1;
    });

  program
    .command('export')
    .description('Writes every decision to a folder with a generated index; unchanged files are left alone')
    .argument('<dir>', 'the folder (created if missing)')
    .addOption(new Option('--dialect <dialect>', 'write every record in this dialect (default: each in its own)').choices(DIALECT_IDS))
    .option('--json', 'print the result as JSON')
    .action(async (dir: string, options: { dialect?: (typeof DIALECT_IDS)[number]; json?: boolean }) => {
      const { core: opened, workspace: ws } = await workspace(false, true);
      const result = await opened.call('exportWorkspace', { workspaceId: ws.id, folder: dir, dialect: options.dialect ?? null });
      if (options.json) json(result);
      else print(`Exported to ${result.folder}: ${result.written.length} written, ${result.unchanged} unchanged${result.notes.map((n) => `\n${n}`).join('')}`);
    });

  program
    .command('site')
    .description('Writes a static site of the decisions (index with search and filters, a page per decision, status and tag views, timeline, graph, Atom feed) to a folder; unchanged files are left alone')
    .argument('<dir>', 'the folder (created if missing; empty, or a site published before)')
    .option('--base-url <url>', 'the address the site is served from (https://team.github.io/repo/), for the feed and canonical links; links between pages stay relative')
    .option('--from <folder>', 'build from this folder of decision records instead of a workspace: it is imported into a temporary data directory, removed afterwards (the site is named after --workspace, else "Decisions")')
    .option('--json', 'print the result as JSON')
    .action(async (dir: string, options: { baseUrl?: string; from?: string; json?: boolean }) => {
      const input = { folder: dir, baseUrl: options.baseUrl ?? null };
      const result = options.from === undefined ? await publishWorkspace(input) : await publishFolder(options.from, input);
      if (options.json) json(result);
      else print(`Published ${result.pages} files to ${result.folder}: ${result.written.length} written, ${result.unchanged} unchanged, ${result.removed.length} removed\nOpen ${path.join(result.folder, 'index.html')} to read it.`);
    });
  const publishWorkspace = async (input: { folder: string; baseUrl: string | null }) => {
    const { core: opened, workspace: ws } = await workspace(false, false, true);
    return opened.call('publishSite', { workspaceId: ws.id, ...input });
  };
  /** A site from a folder's records alone (a CI job's checkout): the user's own data directory is never opened. */
  const publishFolder = async (from: string, input: { folder: string; baseUrl: string | null }) => {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'cairn-site-'));
    try {
      const temporary = await openCore(scratch);
      try {
        const ws = await temporary.call('createWorkspace', { name: program.opts<GlobalOptions>().workspace?.trim() || DEFAULT_WORKSPACE_NAME });
        const report = await temporary.call('importFolder', { workspaceId: ws.id, folder: from, preview: false });
        for (const file of report.files.filter((f) => f.outcome === 'skipped')) io.stderr(`skipped ${file.file}: ${file.reason ?? ''}\n`);
        if (report.skipped > 0) exitCode = 1;
        return await temporary.call('publishSite', { workspaceId: ws.id, ...input });
      } finally {
        temporary.close();
      }
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  };

  program
    .command('toc')
    .description("Prints the table of contents of the workspace's decision files (what `adr generate toc` prints), with a status table")
    .action(async () => {
      const { core: opened, workspace: ws } = await workspace(false, false, true);
      print((await opened.call('getFolderIndex', { workspaceId: ws.id })).markdown);
    });

  program
    .command('sync')
    .description('Two-way sync with the linked folder; exit 1 while conflicts wait')
    .option('--dry-run', 'print what the sync would do, file by file, and change nothing')
    .option('--force', 'sync although the folder lost most of its files (they were deleted on purpose)')
    .option('--json', 'print the result (or, with --dry-run, the plan) as JSON')
    .action(async (options: { dryRun?: boolean; force?: boolean; json?: boolean }) => {
      const { core: opened, workspace: ws } = await workspace(false, true);
      const input = { workspaceId: ws.id, force: options.force ?? false };
      if (options.dryRun) {
        const preview = await opened.call('previewSync', input);
        if (options.json) json(preview);
        else print(describeSyncPreview(preview));
        if (preview.unavailable) exitCode = 1;
        return;
      }
      const result = await opened.call('syncWorkspace', input);
      for (const problem of result.problems) io.stderr(`${problem.file}: ${problem.message}\n`);
      if (options.json) json(result);
      else print(describeSync(result));
      if (result.conflicts.length > 0 || result.unavailable) exitCode = 1;
    });

  program
    .command('check')
    .description('Lints a decisions folder (or the workspace): required sections, broken links, duplicate numbers, superseded without successor, review dates')
    .argument('[dir]', 'the folder; without it, the workspace')
    .option('--json', 'print the findings as JSON')
    .action(async (dir: string | undefined, options: { json?: boolean }) => {
      const today = toCalendarDate(io.now());
      let findings: CheckFinding[];
      let checked: number;
      if (dir !== undefined) {
        if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new CliFailure(`${path.resolve(dir)} is not a folder`);
        ({ findings, files: checked } = checkFolder(dir, today));
      } else {
        const { core: opened, workspace: ws } = await workspace();
        ({ findings, checked } = await opened.call('getWorkspaceCheck', { workspaceId: ws.id }));
      }
      const errors = findings.filter((f) => f.severity === 'error').length;
      if (options.json) json({ checked, errors, findings });
      else print(formatFindings(checked, findings));
      if (errors > 0) exitCode = 1;
    });

  program
    .command('renumber')
    .description('Gives a decision a new number (the next free one by default); sync then renames its file and fixes links')
    .argument('<decision>', 'number or id')
    .option('--to <number>', 'the new number', (value: string) => parseNumber(value))
    .option('--dry-run', 'print what the renumber would do (the new number, the file renamed, the files whose links are rewritten) and change nothing')
    .option('--json', 'with --dry-run, print the plan as JSON')
    .action(async (ref: string, options: { to?: number; dryRun?: boolean; json?: boolean }) => {
      const { core: opened, workspace: ws } = await workspace(false, true);
      const decision = await findDecision(opened, ws.id, ref);
      const input = { id: decision.id, ...(options.to === undefined ? {} : { number: options.to }) };
      if (options.dryRun) {
        const preview = await opened.call('previewRenumber', input);
        if (options.json) json(preview);
        else print(describeRenumberPreview(decision, preview));
        return;
      }
      const renumbered = await opened.call('renumberDecision', input);
      print(`Renumbered ${formatDecisionNumber(decision.number)} → ${formatDecisionNumber(renumbered.number)} ${renumbered.title}`);
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return reportFailure(error, io);
  } finally {
    core?.close();
    lock?.release();
  }
}

function reportFailure(error: unknown, io: CliIo): number {
  if (error instanceof CommanderError) {
    // Help and version end through here too, with code 0.
    return error.exitCode === 0 ? 0 : 2;
  }
  if (error instanceof CliFailure) {
    io.stderr(`cairn: ${error.message}\n`);
    return error.exitCode;
  }
  if (error instanceof AppError || error instanceof ApiCallError) {
    io.stderr(`cairn: ${error.message}\n`);
    return 1;
  }
  io.stderr(`cairn: ${error instanceof Error ? error.message : String(error)}\n`);
  return 1;
}

function parseNumber(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new CliFailure(`"${value}" is not a decision number`, 2);
  return n;
}

/**
 * The rows `list` and `search` print (id, number, title, status, date, tags, links, file: docs/cli.md):
 * all of the workspace's decisions by number, or those matching `query` most relevant first, in one call.
 */
function listRows(core: Core, workspaceId: string, query: string | null, status?: string): Promise<DecisionRow[]> {
  return core.call('listDecisionRows', { workspaceId, ...(status === undefined ? {} : { status }), ...(query === null ? {} : { query }) });
}

async function findDecision(core: Core, workspaceId: string, ref: string) {
  if (/^[0-9a-f-]{36}$/i.test(ref)) return core.call('getDecision', { id: ref.toLowerCase() });
  const number = parseNumber(ref.replace(/^(adr[-\s]?)/i, ''));
  const matches = (await listRows(core, workspaceId, null)).filter((row) => row.number === number);
  if (matches.length === 0) throw new CliFailure(`No decision ${formatDecisionNumber(number)} in this workspace`);
  if (matches.length > 1) throw new CliFailure(`${matches.length} decisions have number ${formatDecisionNumber(number)} (${matches.map((m) => m.file ?? m.title).join(', ')}); use its id, or \`cairn renumber\` one of them`);
  return core.call('getDecision', { id: (matches[0] as DecisionRow).id });
}

