import type { ExtraSection } from '../domain/decision';
import type { ExtraBlock, LayoutBlock, ListSectionBlock } from './adr-document';
import { extraHeading } from './adr-reader';
import { commonSubsequence, range } from './line-merge';
import { readLinksSection, readStatusSection } from './link-sections';

export interface ExtraAssignment {
  /** The extra section each written block writes, with its index in `content.extraSections`. */
  written: Map<LayoutBlock, { extra: ExtraSection; index: number }>;
  /** Extra sections no written block holds. */
  added: { extra: ExtraSection; index: number }[];
}

/**
 * Extra sections keep their place: the written sections (and the other text of a Links or Status
 * section) are matched to the content's extra sections by heading, in order (a longest common
 * subsequence); an unmatched written section between two matches takes the unmatched extra section
 * between them (a rename). The rest are added.
 */
export function assignExtras(blocks: readonly LayoutBlock[], extras: readonly ExtraSection[]): ExtraAssignment {
  const writers = blocks.filter((b): b is ExtraBlock | ListSectionBlock => b.kind === 'extra' || holdsOtherText(b));
  const keyOf = (b: ExtraBlock | ListSectionBlock) => (b.kind === 'extra' ? extraHeading(b.heading) : b.heading.text);
  const pairs = [...commonSubsequence(writers.map(keyOf), extras, (key, extra) => key === extra.heading), [writers.length, extras.length] as const];
  const written = new Map<LayoutBlock, { extra: ExtraSection; index: number }>();
  const claim = (block: LayoutBlock, index: number) => written.set(block, { extra: extras[index] as ExtraSection, index });
  let [lastBlock, lastExtra] = [-1, -1];
  for (const [b, e] of pairs) {
    const renamable = range(lastBlock + 1, b).filter((i) => {
      const block = writers[i] as ExtraBlock | ListSectionBlock;
      return block.kind === 'extra' && block.heading !== null;
    });
    const between = range(lastExtra + 1, e);
    renamable.slice(0, between.length).forEach((i, k) => claim(writers[i] as LayoutBlock, between[k] as number));
    if (b < writers.length) claim(writers[b] as LayoutBlock, e);
    [lastBlock, lastExtra] = [b, e];
  }
  const taken = new Set([...written.values()].map((w) => w.index));
  return { written, added: extras.flatMap((extra, index) => (taken.has(index) ? [] : [{ extra, index }])) };
}

/** A Links or Status section with text besides its links and status: that text is an extra section of the section's heading. */
function holdsOtherText(block: LayoutBlock): boolean {
  if (block.kind === 'links') return readLinksSection(block.lines).other !== '';
  return block.kind === 'status' && readStatusSection(block.lines).other !== '';
}
