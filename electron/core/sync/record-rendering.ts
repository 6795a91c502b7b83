import type { AdrDocument, AdrLink, DialectId } from '../../../shared/dialects/adr-document';
import { serializeAdr } from '../../../shared/dialects/adr-dialects';
import { baseName } from '../../../shared/dialects/adr-file-name';
import { isGeneratedLinkText, retitledLinkText } from '../../../shared/dialects/link-title-rewrite';
import type { DecisionLinkView } from '../../../shared/domain/decision';
import { LINK_KINDS, LINK_LABELS } from '../../../shared/domain/link-kind';
import { adrFileName } from '../../../shared/dialects/adr-file-naming';
import type { DecisionRecord } from '../decisions';
import { fileDialect, type DecisionFile } from './sync-store';

/** A decision as a file: where it goes, its bytes, and the document and link targets they hold. */
export interface RenderedRecord {
  path: string;
  text: string;
  document: AdrDocument;
  linkTargets: (string | null)[];
}

/** What rendering one record needs to know about the others: where their files are and their links. */
export interface RenderSurroundings {
  pathOf(decisionId: string): string | undefined;
  linksOf(decisionId: string): DecisionLinkView[];
  /** The links (`from|kind|to`) that a decision's file stated when it was last synced. */
  statedBy(decisionId: string): ReadonlySet<string>;
  /** Every title a decision's history holds: a link's text written from one of them follows a retitle. */
  titlesOf(decisionId: string): readonly string[];
}

/** The dialect a record is written in: the chosen one, else the one its file came in, else its template's (a template's id is its dialect's). */
export function recordDialect(record: DecisionRecord, file: DecisionFile | undefined, chosen: DialectId | null): DialectId {
  return chosen ?? (file ? fileDialect(file) : undefined) ?? record.template;
}

/**
 * The file name a record gets: the one it has, unless it was renumbered or changes dialect; otherwise the
 * name the dialect's own tools would give it.
 */
export function recordPath(record: DecisionRecord, file: DecisionFile | undefined, dialect: DialectId): string {
  if (file && fileDialect(file) === dialect && record.number === file.syncedNumber) return file.path;
  return adrFileName(dialect, record.number, record.content.title, record.content.date);
}

/**
 * Paths for every record, made unique by a `-2`, `-3` suffix where two would collide. Records that keep
 * the file they have claim their names first, so a new record never pushes an existing file aside;
 * `reserved` names are taken before any (files in the folder that are no record's yet).
 */
export function plannedPaths(
  records: readonly DecisionRecord[],
  fileOf: (id: string) => DecisionFile | undefined,
  chosen: DialectId | null,
  reserved: readonly string[] = [],
): Map<string, string> {
  const taken = new Set<string>(reserved.map((name) => name.toLowerCase()));
  const paths = new Map<string, string>();
  const keepsItsFile = (record: DecisionRecord) => {
    const file = fileOf(record.id);
    return file !== undefined && recordPath(record, file, recordDialect(record, file, chosen)) === file.path;
  };
  const keeping: DecisionRecord[] = [];
  const moving: DecisionRecord[] = [];
  for (const record of records) (keepsItsFile(record) ? keeping : moving).push(record);
  const ordered = [...keeping, ...moving];
  for (const record of ordered) {
    const file = fileOf(record.id);
    const wanted = recordPath(record, file, recordDialect(record, file, chosen));
    let candidate = wanted;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = wanted.replace(/\.md$/i, `-${n}.md`);
    taken.add(candidate.toLowerCase());
    paths.set(record.id, candidate);
  }
  return paths;
}

/** The record written in `dialect`: over the file's own layout when it came in that dialect, fresh otherwise. */
export function renderRecord(
  record: DecisionRecord,
  file: DecisionFile | undefined,
  chosen: DialectId | null,
  around: RenderSurroundings,
): RenderedRecord {
  const dialect = recordDialect(record, file, chosen);
  const path = around.pathOf(record.id) ?? recordPath(record, file, dialect);
  const sameDialect = file !== undefined && fileDialect(file) === dialect;
  const { links, targets } = recordLinks(record, sameDialect ? file : undefined, dialect, around);
  const numberUnchanged = file !== undefined && record.number === file.syncedNumber;
  const document: AdrDocument = sameDialect
    ? { ...file.document, content: record.content, number: numberUnchanged ? file.fileNumber : record.number, links, warnings: [] }
    : {
        dialect,
        id: file?.document.id ?? record.id,
        number: dialect === 'log4brains' ? null : record.number,
        content: record.content,
        links,
        layout: null,
        warnings: [],
      };
  return { path, text: serializeAdr(document), document, linkTargets: targets };
}

type Relation = Pick<DecisionLinkView, 'kind' | 'direction' | 'otherId' | 'otherNumber' | 'otherTitle'>;

function relationKey(kind: string, direction: string, otherId: string): string {
  return `${kind}|${direction}|${otherId}`;
}

/**
 * The links a record's file shows: the links written in it stay as written while the decisions they
 * point at are still linked (a renamed or renumbered target gets its new file name and number); links
 * made in the app are added in the dialect's words; links removed in the app are dropped. Links the
 * app has no kind for ("Extends") and links to files Cairn does not know are kept as written.
 */
function recordLinks(
  record: DecisionRecord,
  file: DecisionFile | undefined,
  dialect: DialectId,
  around: RenderSurroundings,
): { links: AdrLink[]; targets: (string | null)[] } {
  const relations = new Map<string, Relation>();
  for (const view of around.linksOf(record.id)) {
    // "Relates to" reads the same from both ends and is written on the side that made it.
    if (view.kind === 'relates-to' && view.direction === 'incoming') continue;
    relations.set(relationKey(view.kind, view.direction, view.otherId), view);
  }
  const links: AdrLink[] = [];
  const targets: (string | null)[] = [];
  (file?.document.links ?? []).forEach((link, i) => {
    const target = file?.linkTargets[i] ?? null;
    const builtIn = (LINK_KINDS as readonly string[]).includes(link.kind);
    if (!builtIn || target === null) {
      links.push(link);
      targets.push(target);
      return;
    }
    const key = relationKey(link.kind, link.direction, target);
    const relation = relations.get(key);
    if (!relation) return;
    relations.delete(key);
    links.push(retarget(link, relation, around.pathOf(target), () => around.titlesOf(target)));
    targets.push(target);
  });
  for (const relation of relations.values()) {
    // A link that the other record's file states (and this one's never did) stays written on that side only.
    const absolute = relation.direction === 'outgoing' ? `${record.id}|${relation.kind}|${relation.otherId}` : `${relation.otherId}|${relation.kind}|${record.id}`;
    if (around.statedBy(relation.otherId).has(absolute)) continue;
    links.push(freshLink(relation, dialect, around.pathOf(relation.otherId)));
    targets.push(relation.otherId);
  }
  return { links, targets };
}

/**
 * A written link pointed at the target's current file, number and title, changed only where they moved:
 * a text Cairn wrote from an earlier title (`Old`, `7. Old`) gets the current one; a text a person wrote stays.
 */
function retarget(link: AdrLink, relation: Relation, path: string | undefined, titles: () => readonly string[]): AdrLink {
  const next: AdrLink = { ...link };
  if (link.targetFile !== undefined && path !== undefined) {
    const [file, anchor] = splitAnchor(link.targetFile);
    if (baseName(file) !== baseName(path)) next.targetFile = file.slice(0, file.length - baseName(file).length) + baseName(path) + anchor;
  }
  if (link.targetNumber !== undefined && link.targetNumber !== relation.otherNumber) {
    next.targetNumber = relation.otherNumber;
    const title = link.targetTitle;
    if (title !== undefined && title.startsWith(`${link.targetNumber}.`)) {
      next.targetTitle = `${relation.otherNumber}.${title.slice(String(link.targetNumber).length + 1)}`;
    }
  }
  const written = next.targetTitle;
  // The history is only asked when the text is not the current title's (a title changed since it was written).
  if (written !== undefined && !isGeneratedLinkText(written, relation.otherNumber, relation.otherTitle)) {
    for (const from of titles()) {
      const retitled = retitledLinkText(written, { number: relation.otherNumber, from, to: relation.otherTitle });
      if (retitled !== null) {
        next.targetTitle = retitled;
        break;
      }
    }
  }
  return next;
}

function splitAnchor(file: string): [string, string] {
  const at = file.indexOf('#');
  return at < 0 ? [file, ''] : [file.slice(0, at), file.slice(at)];
}

function freshLink(relation: Relation, dialect: DialectId, path: string | undefined): AdrLink {
  const numbered = dialect !== 'log4brains';
  return {
    kind: relation.kind,
    direction: relation.direction,
    label: LINK_LABELS[relation.kind][relation.direction],
    ...(numbered ? { targetNumber: relation.otherNumber } : {}),
    ...(path === undefined ? {} : { targetFile: path }),
    targetTitle: dialect === 'nygard' ? `${relation.otherNumber}. ${relation.otherTitle}` : relation.otherTitle,
  };
}
