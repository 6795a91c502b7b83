import { AppError } from '../../../shared/api/api-result';
import type { RenumberPreview } from '../../../shared/api/sync-operations';
import { baseName } from '../../../shared/dialects/adr-file-name';
import { rewriteContentLinks } from '../../../shared/dialects/file-link-rewrite';
import { formatDecisionNumber, type DecisionContent } from '../../../shared/domain/decision';
import type { CoreContext } from '../core-context';
import { requireLiveDecision, type DecisionRecord } from '../decisions';
import { recordDialect, recordPath } from './record-rendering';
import type { DecisionFile } from './sync-store';

/** What renumbering a decision does: its new number and file name, and the other decisions whose files link to it. */
export interface RenumberPlan {
  record: DecisionRecord;
  number: number;
  /** Its file now and the name it moves to at the next sync; null without a file in a linked folder. */
  file: string | null;
  newFile: string | null;
  /**
   * The other decisions whose files link to the old name: in their text (the new content, saved as a
   * revision) or in their Status or Links section (null content: the sync retargets those itself).
   */
  rewrites: { record: DecisionRecord; file: string; content: DecisionContent | null }[];
}

/**
 * The one reading of a renumber that both its preview and its apply use, so the dialog shows exactly
 * what the apply then does. `number` defaults to the next free one; a taken number is refused.
 */
export function planRenumber(ctx: CoreContext, id: string, number: number | undefined): RenumberPlan {
  const record = requireLiveDecision(ctx, id, 'id');
  const next = number ?? ctx.decisions.nextNumber(record.workspaceId);
  const others = ctx.decisions.inWorkspace(record.workspaceId).filter((other) => other.id !== id && other.deletedAt === null);
  if (next !== record.number && others.some((other) => other.number === next)) {
    throw new AppError('conflict', `Number ${formatDecisionNumber(next)} is already taken in this workspace`, 'number');
  }
  const folder = ctx.sync.folder(record.workspaceId);
  const file = folder ? ctx.sync.file(record.id) : undefined;
  if (!folder || !file || next === record.number) return { record, number: next, file: file?.path ?? null, newFile: file?.path ?? null, rewrites: [] };

  const newFile = recordPath({ ...record, number: next }, file, recordDialect(record, file, folder.dialect));
  const files = new Map(ctx.sync.files(record.workspaceId).map((other) => [other.decisionId, other]));
  const rewrites: RenumberPlan['rewrites'] = [];
  for (const other of others) {
    const otherFile = files.get(other.id);
    if (!otherFile) continue;
    const content = rewriteContentLinks(other.content, file.path, newFile);
    if (content !== null || statesLinkTo(otherFile, record.id, file.path)) rewrites.push({ record: other, file: otherFile.path, content });
  }
  return { record, number: next, file: file.path, newFile, rewrites };
}

/** The preview the dialog shows: the same plan, in the contract's words. */
export function renumberPreview(plan: RenumberPlan): RenumberPreview {
  return {
    number: plan.number,
    file: plan.file,
    newFile: plan.newFile,
    rewrites: plan.rewrites.map(({ record, file }) => ({ decisionId: record.id, number: record.number, title: record.content.title, file })),
  };
}

// A link of the file's Status or Links section that names the old file (a sync writes it anew with the new name).
function statesLinkTo(file: DecisionFile, targetId: string, path: string): boolean {
  return file.document.links.some((link, i) => file.linkTargets[i] === targetId && link.targetFile !== undefined && baseName(link.targetFile.split('#')[0] ?? '') === baseName(path));
}
