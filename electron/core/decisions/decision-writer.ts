import type { DecisionContent, DecisionSources } from '../../../shared/domain/decision';
import { renderDecisionMarkdown } from '../../../shared/domain/decision-markdown';
import type { DecisionRecord, DecisionStore, NewDecisionRecord } from './decision-store';
import type { RevisionStore } from './revision-store';

/** Who a revision is by when no profile name has been set yet. */
const UNKNOWN_AUTHOR = 'Unknown';

/**
 * Who a revision read from the decision's file is by: whoever wrote the file is not known to Cairn
 * (the git history names them), and it is not the person at this app.
 */
export const FILE_AUTHOR = 'On disk';

/**
 * Where a decision's status and date come from after an edit: a value changed in Cairn is the record's
 * own (`file`, which its file will state) or unknown; an unchanged one keeps its source.
 */
export function sourcesAfterEdit(current: Pick<DecisionRecord, 'content' | 'sources'>, next: DecisionContent): DecisionSources {
  return {
    statusSource: next.status === current.content.status ? current.sources.statusSource : next.status === null ? null : 'file',
    dateSource: next.date === current.content.date ? current.sources.dateSource : next.date === null ? null : 'file',
  };
}

/** The sources of a content written in Cairn: every known value is the record's own. */
export function ownSources(content: DecisionContent): DecisionSources {
  return { statusSource: content.status === null ? null : 'file', dateSource: content.date === null ? null : 'file' };
}

/**
 * Saves a decision's content and the revision that records it, together; call inside a transaction.
 * `at` dates the change when it is not now (the sample workspace's history happened days ago).
 */
export class DecisionWriter {
  constructor(
    private readonly decisions: DecisionStore,
    private readonly revisions: RevisionStore,
    private readonly author: () => string | null,
    private readonly now: () => Date,
  ) {}

  /** `sources` default to the record's own for every known value (a decision written in Cairn). */
  create(
    decision: Pick<NewDecisionRecord, 'id' | 'workspaceId' | 'number' | 'template' | 'content'> & Partial<Pick<NewDecisionRecord, 'sources'>>,
    summary: string,
    at = this.now(),
  ): DecisionRecord {
    const sources = decision.sources ?? ownSources(decision.content);
    const record = this.decisions.insert({ ...decision, sources, revision: 1, createdAt: at.toISOString(), updatedAt: at.toISOString() });
    this.recordRevision(record, summary);
    return record;
  }

  /**
   * `sources` default to `sourcesAfterEdit` (an edit in Cairn); a file read again gives its own, and
   * its revision is by FILE_AUTHOR rather than the person at this app.
   */
  revise(current: DecisionRecord, content: DecisionContent, summary: string, at = this.now(), sources = sourcesAfterEdit(current, content), author?: string): DecisionRecord {
    const record = { ...current, content, sources, revision: current.revision + 1, updatedAt: at.toISOString() };
    this.decisions.update(record);
    this.recordRevision(record, summary, author);
    return record;
  }

  private recordRevision(record: DecisionRecord, summary: string, author = this.author() ?? UNKNOWN_AUTHOR): void {
    this.revisions.insert({
      decisionId: record.id,
      revision: record.revision,
      author,
      createdAt: record.updatedAt,
      summary,
      content: record.content,
      markdown: renderDecisionMarkdown(record.number, record.template, record.content),
    });
  }
}
