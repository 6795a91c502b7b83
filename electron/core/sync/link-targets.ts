import type { AdrLink } from '../../../shared/dialects/adr-document';
import { baseName } from '../../../shared/dialects/adr-file-name';
import { LINK_KINDS, type LinkKind } from '../../../shared/domain/link-kind';

/**
 * Records a directory was not given one by one, looked up as a link asks for them (the store's rows,
 * when reading them all would cost more than the sync); each list in the order they would have been added.
 */
export interface MoreRecords {
  byFileKey(key: string): readonly string[];
  byNumber(number: number): readonly string[];
}

/** The records a link may name, by file name (without `.md`, lower case) and by number. */
export class RecordDirectory {
  private readonly byFile = new Map<string, string>();
  private readonly byNumber = new Map<number, string[]>();

  /** `before`: records as if added ahead of every `add` (a name added later wins over theirs). */
  constructor(private readonly before: MoreRecords | null = null) {}

  add(id: string, path: string, number: number | null): void {
    this.byFile.set(fileKey(path), id);
    if (number === null) return;
    const ids = this.byNumber.get(number) ?? [];
    if (!ids.includes(id)) ids.push(id);
    this.byNumber.set(number, ids);
  }

  /** The record a link points at: by its file name first, then by number when only one record has it. */
  resolve(link: AdrLink): string | null {
    if (link.targetFile !== undefined) {
      const key = fileKey(link.targetFile.split('#')[0] ?? '');
      const id = this.byFile.get(key) ?? this.before?.byFileKey(key).at(-1);
      if (id !== undefined) return id;
    }
    if (link.targetNumber === undefined) return null;
    const ids = new Set([...(this.before?.byNumber(link.targetNumber) ?? []), ...(this.byNumber.get(link.targetNumber) ?? [])]);
    return ids.size === 1 ? ([...ids][0] as string) : null;
  }
}

/** How a link's target and a record's file are compared: the file name without `.md`, in lower case. */
export function fileKey(path: string): string {
  return baseName(path).replace(/\.md$/i, '').toLowerCase();
}

/** A link between two decisions as the database keeps it: always from the one that acts. */
export interface Relation {
  fromId: string;
  kind: LinkKind;
  toId: string;
}

/** The relations a file's links state, given the record each link points at (self-links left out). */
export function relationsOf(selfId: string, links: readonly AdrLink[], targets: readonly (string | null)[]): Relation[] {
  return links.flatMap((link, i) => {
    const target = targets[i] ?? null;
    if (target === null || target === selfId || !(LINK_KINDS as readonly string[]).includes(link.kind)) return [];
    const kind = link.kind as LinkKind;
    return [link.direction === 'outgoing' ? { fromId: selfId, kind, toId: target } : { fromId: target, kind, toId: selfId }];
  });
}
