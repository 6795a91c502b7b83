import type { DecisionSummary } from '../../../shared/domain/decision';

/** The columns of `decisions d` a list row is read from: no content, so a page of 1,000 stays cheap. */
export const SUMMARY_COLUMNS =
  'd.seq, d.id, d.number, d.title, d.status, d.date, d.date_source AS dateSource, d.review_by AS reviewBy, d.tags, d.decision_makers AS decisionMakers';

export interface SummaryRow {
  seq: number;
  id: string;
  number: number;
  title: string;
  status: string | null;
  date: string | null;
  dateSource: DecisionSummary['dateSource'];
  reviewBy: string | null;
  tags: string;
  decisionMakers: string;
}

export function toSummary(row: SummaryRow, snippet: string | null = null): DecisionSummary {
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    status: row.status,
    date: row.date,
    dateSource: row.dateSource,
    reviewBy: row.reviewBy,
    tags: JSON.parse(row.tags) as string[],
    decisionMakers: JSON.parse(row.decisionMakers) as string[],
    snippet,
  };
}
