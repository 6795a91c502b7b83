import { readStoredAgain } from '../../../../shared/dialects/adr-dialects';
import { readByOlderRules, type AdrDocument, type AdrLink } from '../../../../shared/dialects/adr-document';
import { withStandIns } from '../../../../shared/dialects/stand-ins';
import type { DecisionContent } from '../../../../shared/domain/decision';
import { changedFields } from '../../decisions';

/** A decision's file as sync stores it: the document without its content, which is the decision's own. */
export type StoredDocument = Omit<AdrDocument, 'content'>;

/** What the store holds of one decision and its file. */
export interface StoredFile {
  /** The file's path in its folder, as it was read. */
  path: string;
  document: StoredDocument;
  /** The decision each of the document's links points at, by position. */
  linkTargets: (string | null)[];
  /** The decision's content now. */
  current: DecisionContent;
  /**
   * Its content when the file was last read (the revision the import or the last pull made), which is
   * what the older rules read from the layout; null when no revision says so.
   */
  read: DecisionContent | null;
}

export interface StoredFileReadAgain {
  document: StoredDocument;
  linkTargets: (string | null)[];
  /** The decision's content: what today's rules read where it was as read, the person's edits elsewhere. */
  content: DecisionContent;
}

/**
 * A document stored by older reading rules, read again by today's (`readStoredAgain`), so that writing
 * it back gives its file unchanged; null when it was read by today's rules already. Each content field
 * left as the file was read takes today's reading (a date the file gives where the older rules put a
 * stand-in, option descriptions, text under Status); a field changed in the app since keeps that change.
 * Without the content as read, only a status or date that is still the older rules' stand-in is replaced.
 */
export function readStoredFileAgain(stored: StoredFile): StoredFileReadAgain | null {
  const { document, current, read } = stored;
  if (!document.layout || !readByOlderRules(document)) return null;
  const base = read ?? current;
  const again = withStandIns(readStoredAgain({ ...document, content: base }, stored.path), base.date ?? undefined);
  const content = read ? takeUnchanged(read, current, again.content) : replaceStandIns(document, current, again.content);
  const { content: _content, ...rest } = again;
  return { document: rest, linkTargets: matchTargets(document.links, stored.linkTargets, again.links), content };
}

function takeUnchanged(read: DecisionContent, current: DecisionContent, again: DecisionContent): DecisionContent {
  const edited = new Set<string>(changedFields(read, current));
  const merged: Record<string, unknown> = {};
  for (const field of Object.keys(current) as (keyof DecisionContent)[]) merged[field] = edited.has(field) ? current[field] : again[field];
  return merged as DecisionContent;
}

function replaceStandIns(document: StoredDocument, current: DecisionContent, again: DecisionContent): DecisionContent {
  const assumed = document.layout?.assumed;
  return {
    ...current,
    status: assumed?.status === current.status ? again.status : current.status,
    date: assumed?.date === current.date ? again.date : current.date,
  };
}

/**
 * The decision each link read again points at: the one its earlier reading pointed at, where the same
 * link (kind, direction, file and number) was read before; otherwise none, so the link is kept as
 * written until a sync resolves it.
 */
function matchTargets(before: readonly AdrLink[], targets: readonly (string | null)[], after: readonly AdrLink[]): (string | null)[] {
  const unused = before.map((link, i) => ({ link, target: targets[i] ?? null }));
  return after.map((link) => {
    const at = unused.findIndex(({ link: old }) => old.kind === link.kind && old.direction === link.direction && old.targetFile === link.targetFile && old.targetNumber === link.targetNumber);
    if (at < 0) return null;
    const [match] = unused.splice(at, 1);
    return match?.target ?? null;
  });
}
