import type { DecisionContent } from '../../../shared/domain/decision';
import { renderDecisionMarkdown } from '../../../shared/domain/decision-markdown';
import type { DecisionRecord, DecisionStore, NewDecisionRecord } from './decision-store';
import type { RevisionStore } from './revision-store';

/** Who a revision is by when no profile name has been set yet. */
const UNKNOWN_AUTHOR = 'Unknown';

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

  create(decision: Pick<NewDecisionRecord, 'id' | 'workspaceId' | 'number' | 'template' | 'content'>, summary: string, at = this.now()): DecisionRecord {
    const record = this.decisions.insert({ ...decision, revision: 1, createdAt: at.toISOString(), updatedAt: at.toISOString() });
    this.recordRevision(record, summary);
    return record;
  }

  revise(current: DecisionRecord, content: DecisionContent, summary: string, at = this.now()): DecisionRecord {
    const record = { ...current, content, revision: current.revision + 1, updatedAt: at.toISOString() };
    this.decisions.update(record);
    this.recordRevision(record, summary);
    return record;
  }

  private recordRevision(record: DecisionRecord, summary: string): void {
    this.revisions.insert({
      decisionId: record.id,
      revision: record.revision,
      author: this.author() ?? UNKNOWN_AUTHOR,
      createdAt: record.updatedAt,
      summary,
      content: record.content,
      markdown: renderDecisionMarkdown(record.number, record.template, record.content),
    });
  }
}
