import { rewriteContentLinkTitles } from '../../../shared/dialects/link-title-rewrite';
import { formatDecisionNumber } from '../../../shared/domain/decision';
import type { CoreContext } from '../core-context';
import { adrFileName } from '../../../shared/dialects/adr-file-naming';
import type { DecisionRecord } from './decision-store';

/**
 * After a decision's title changed in the app (`record` is it as saved): every other live decision
 * whose text links to its file with a text Cairn generated from the old title (`[Old](0007-old.md)`,
 * `[7. Old](…)`) gets the new title there, as a revision of its own, so its history shows it and the
 * sync writes its file. Link texts a person wrote stay. A retitle keeps the file's name, so the links'
 * destinations stay too. The links of Status and Links sections are the sync's: it writes them anew
 * with the new title (record-rendering.ts), as it does for a renumber. Call inside the write's transaction.
 */
export function retitleLinksTo(ctx: CoreContext, record: DecisionRecord, oldTitle: string): void {
  const retitle = { number: record.number, from: oldTitle, to: record.content.title };
  if (retitle.from === retitle.to) return;
  const file = linkedFile(ctx, record, oldTitle);
  const summary = `Links to ${formatDecisionNumber(record.number)} show its new title “${retitle.to}”`;
  for (const other of ctx.decisions.inWorkspace(record.workspaceId)) {
    if (other.id === record.id || other.deletedAt !== null) continue;
    const content = rewriteContentLinkTitles(other.content, file, retitle);
    if (content !== null) ctx.writer.revise(other, content, summary);
  }
}

/**
 * The file the others' links name: the decision's file in the linked folder; without one, the name
 * its dialect's tools gave it from the old title (a folder imported once, not linked).
 */
function linkedFile(ctx: CoreContext, record: DecisionRecord, oldTitle: string): string {
  const file = ctx.sync.folder(record.workspaceId) ? ctx.sync.file(record.id) : undefined;
  return file?.path ?? adrFileName(record.template, record.number, oldTitle, record.content.date);
}
