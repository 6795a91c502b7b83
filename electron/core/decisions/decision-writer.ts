import type { DecisionContent } from '../../../shared/domain/decision';
import { renderDecisionMarkdown } from '../../../shared/domain/decision-markdown';
import type { DecisionRecord, DecisionStore, NewDecisionRecord } from './decision-store';
import type { ProfileStore } from '../workspace/profile-store';
import type { RevisionStore } from './revision-store';

/** Who a revision is by when no profile name has been set yet. */
const UNKNOWN_AUTHOR = 'Unknown';

/** Saves a decision's content and the revision that records it, together; call inside a transaction. */
export class DecisionWriter {
  constructor(
    private readonly decisions: DecisionStore,
    private readonly revisions: RevisionStore,
    private readonly profile: ProfileStore,
    private readonly now: () => Date,
  ) {}

  create(decision: Pick<NewDecisionRecord, 'id' | 'workspaceId' | 'number' | 'template' | 'content'>, summary: string): DecisionRecord {
    const at = this.now().toISOString();
    const record = this.decisions.insert({ ...decision, revision: 1, createdAt: at, updatedAt: at });
    this.recordRevision(record, summary);
    return record;
  }

  revise(current: DecisionRecord, content: DecisionContent, summary: string): DecisionRecord {
    const record = { ...current, content, revision: current.revision + 1, updatedAt: this.now().toISOString() };
    this.decisions.update(record);
    this.recordRevision(record, summary);
    return record;
  }

  private recordRevision(record: DecisionRecord, summary: string): void {
    this.revisions.insert({
      decisionId: record.id,
      revision: record.revision,
      author: this.profile.name() ?? UNKNOWN_AUTHOR,
      createdAt: record.updatedAt,
      summary,
      content: record.content,
      markdown: renderDecisionMarkdown(record.number, record.template, record.content),
    });
  }
}
