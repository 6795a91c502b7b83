import type { ImportReport, RenumberPreview, SyncPreview, SyncResult, SyncUnavailable } from '../../shared/api/sync-operations';
import { formatDecisionNumber } from '../../shared/domain/decision';
import { statusLabel } from '../../shared/domain/decision-status';
import type { CheckFinding } from '../core/decisions';

interface ListedDecision {
  number: number;
  title: string;
  status: string | null;
  date: string | null;
}

/** How an unknown date shows in the date column, as wide as a date. */
const NO_DATE_COLUMN = 'no date'.padEnd(10);

/** Decisions as aligned text columns: number, date ("no date" when unknown), status ("No status"), title. */
export function formatList(rows: readonly ListedDecision[]): string {
  if (rows.length === 0) return 'No decisions yet.';
  const statusWidth = Math.max(...rows.map((r) => statusLabel(r.status).length));
  return rows.map((r) => `${formatDecisionNumber(r.number)}  ${r.date ?? NO_DATE_COLUMN}  ${statusLabel(r.status).padEnd(statusWidth)}  ${r.title}`).join('\n');
}

export function describeImport(report: ImportReport): string {
  const lines = report.files
    .filter((f) => f.outcome === 'imported')
    .map((f) => `  ${formatDecisionNumber(f.number ?? 0)}  ${f.file}  (${f.dialect ?? '?'}, ${f.status ?? 'no status'})${f.warnings.length ? `  ${f.warnings.length} note(s)` : ''}`);
  const verb = report.applied ? 'Imported' : 'Would import';
  const summary = `${verb} ${report.imported} of ${report.files.length} files from ${report.folder}: ${report.skipped} skipped, ${report.ignored} ignored (index or template)`;
  const linked = report.linked ? `\nThe workspace is now linked to ${report.folder}; \`cairn sync\` keeps both in step.` : '';
  return `${lines.join('\n')}${lines.length ? '\n' : ''}${summary}${linked}`;
}

export function describeSync(result: SyncResult): string {
  if (result.unavailable) return describeUnavailable(result.unavailable);
  const parts = [
    `${result.pulled.length} in`,
    `${result.pushed.length} out`,
    `${result.deleted.length} deleted`,
    `${result.renamed.length} renamed`,
    `${result.conflicts.length} conflict${result.conflicts.length === 1 ? '' : 's'}`,
  ];
  const lines = [`Synced: ${parts.join(', ')}`];
  for (const file of result.conflicts) lines.push(`conflict: ${file} changed in Cairn and on disk; resolve it in the app`);
  for (const duplicate of result.duplicates) {
    lines.push(`duplicate number ${formatDecisionNumber(duplicate.number)}: ${duplicate.files.join(', ')} (fix with \`cairn renumber\`)`);
  }
  return lines.join('\n');
}

/** `sync --dry-run`: the counts, then one line per file in the order the sync takes them. */
export function describeSyncPreview(preview: SyncPreview): string {
  if (preview.unavailable) return describeUnavailable(preview.unavailable);
  const { counts } = preview;
  if (preview.actions.length === 0) return 'In step: a sync now would change nothing.';
  const parts = [`${counts.in} in`, `${counts.out} out`, `${counts.deleted} deleted`, `${counts.renamed} renamed`, `${counts.conflicts} conflict${counts.conflicts === 1 ? '' : 's'}`];
  if (counts.unreadable > 0) parts.push(`${counts.unreadable} unreadable`);
  const width = Math.max(...preview.actions.map((action) => action.kind.length));
  const lines = preview.actions.map((action) => {
    const decision = action.number === null ? '' : `${formatDecisionNumber(action.number)} `;
    return `  ${action.kind.padEnd(width)}  ${action.file}  ${decision}${action.detail}`;
  });
  return [`Would sync: ${parts.join(', ')}`, ...lines, 'Nothing was changed (dry run).'].join('\n');
}

function describeUnavailable(unavailable: SyncUnavailable): string {
  const hint = unavailable.canForce ? '\nIf the files were deleted on purpose, run `cairn sync --force` to move their decisions to the trash.' : '';
  return `${unavailable.message}${hint}`;
}

export function formatFindings(checked: number, findings: readonly CheckFinding[]): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const lines = findings.map((f) => `${f.file}${f.line === null ? '' : `:${f.line}`}: ${f.severity}: ${f.message}`);
  lines.push(`Checked ${checked} record${checked === 1 ? '' : 's'}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`);
  return lines.join('\n');
}

/** What `cairn renumber --dry-run` prints: the new number, the file's new name and the files whose links follow. */
export function describeRenumberPreview(decision: { number: number; title: string }, preview: RenumberPreview): string {
  const [from, to] = [formatDecisionNumber(decision.number), formatDecisionNumber(preview.number)];
  if (preview.number === decision.number) return `${from} ${decision.title} already has number ${to}: nothing would change.`;
  const lines = [`Would renumber ${from} → ${to} ${decision.title}`];
  if (preview.file === null || preview.newFile === null) lines.push('  no file in a linked folder: no file renamed, no links rewritten');
  else lines.push(`  file: ${preview.file} → ${preview.newFile} (renamed at the next sync)`);
  for (const rewrite of preview.rewrites) lines.push(`  links rewritten in ${rewrite.file} (${formatDecisionNumber(rewrite.number)} ${rewrite.title})`);
  if (preview.file !== null && preview.rewrites.length === 0) lines.push('  no other file links to it');
  lines.push('Nothing was changed.');
  return lines.join('\n');
}
