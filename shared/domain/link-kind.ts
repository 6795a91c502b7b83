import { z } from 'zod';

export const LINK_KINDS = ['supersedes', 'amends', 'clarifies', 'relates-to', 'depends-on'] as const;
export const LinkKind = z.enum(LINK_KINDS);
export type LinkKind = z.infer<typeof LinkKind>;

/** How a link reads from each end: "0007 supersedes 0003" and "0003 is superseded by 0007". */
export const LINK_LABELS: Record<LinkKind, { outgoing: string; incoming: string }> = {
  supersedes: { outgoing: 'Supersedes', incoming: 'Superseded by' },
  amends: { outgoing: 'Amends', incoming: 'Amended by' },
  clarifies: { outgoing: 'Clarifies', incoming: 'Clarified by' },
  'relates-to': { outgoing: 'Relates to', incoming: 'Relates to' },
  'depends-on': { outgoing: 'Depends on', incoming: 'Needed by' },
};
