import type { LinkKind } from './link-kind';
import { LINK_LABELS } from './link-kind';

/**
 * The supersede rule (docs/decisions/0020): a decision replaces the ones it supersedes once it is
 * accepted. Until then the link stands but changes nothing: the older decision keeps its status and
 * both pages say "being superseded". Accepting the successor marks the older one superseded; taking
 * the link away from a superseded decision gives it back the status it had before.
 */
export function supersedesInEffect(successorStatus: string | null): boolean {
  return successorStatus === 'accepted';
}

/**
 * A link's label on a decision's page: a supersedes link whose successor is not accepted yet says so
 * ("Will supersede", "Being superseded by"); every other link its kind's words.
 */
export function linkLabel(kind: LinkKind, direction: 'outgoing' | 'incoming', successorStatus: string | null): string {
  if (kind !== 'supersedes' || supersedesInEffect(successorStatus)) return LINK_LABELS[kind][direction];
  return direction === 'outgoing' ? 'Will supersede' : 'Being superseded by';
}
