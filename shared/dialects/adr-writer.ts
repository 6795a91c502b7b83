import type { ConsideredOption, ExtraSection, RecordContent } from '../domain/decision';
import type { AdrLayout, AdrLink, ExtraBlock, LayoutBlock, LinesBlock, ListSectionBlock, MetadataSectionBlock, OutcomeBlock, ProseBlock, ProseField, WritableDocument } from './adr-document';
import { extraHeading } from './adr-reader';
import { freshChosenLine, renderChosenOption } from './chosen-option';
import { combineOptions, freshOptionDetails, freshOptionList, hasDetails, listHeldOptions, readOptionDetails, readOptionList, writeOptionDetails, writeOptionList } from './considered-options';
import { readDateText } from './date-text';
import { FRONT_MATTER_KEYS, LINE_KEYS, WRITTEN_FIELDS, type DialectProfile, type WrittenField } from './dialect-profile';
import { assignExtras } from './extra-assignment';
import { freshFrontMatter } from './front-matter';
import { appendFrontMatterEntries, writeFrontMatterFields, type CarriedEntry } from './front-matter-block';
import { identityCommentLines } from './identity-comment';
import { assignLinks } from './link-assignment';
import { readStatusSection, writeLinksSection, writeStatusSection, type LinkSectionWanted } from './link-sections';
import { sameLink } from './link-text';
import { freshHeading, headingLevel, isBlank, renderHeading, textToLines } from './markdown-lines';
import { appendMetadataEntries, writeMetadataLines, type FieldChange } from './metadata-block';
import { isEmptyMetaValue, sameMetaValue, type MetaField, type MetaValues } from './metadata-fields';
import { outcomePart, sectionRole, type SectionRole } from './section-roles';
import { readStatusText, UNKNOWN_STATUS_TEXT } from './status-text';
import { joinTextLines } from './text-lines';
import { renderTitleNumber } from './title-line';
import { layoutDateOrder, readWrittenValues, type LinkPlace } from './written-values';
import { matchGroup } from '../text/match-group';

/** A block to write: one of the layout's, or one Cairn adds because the document holds something new. */
interface Planned {
  block: LayoutBlock;
  fresh: boolean;
}

type FieldHome = { index: number; value: MetaValues[MetaField] };

const FRESH_LAYOUT: AdrLayout = {
  eol: '\n',
  bom: false,
  finalNewline: true,
  identity: null,
  parsedNumber: null,
  assumed: { status: null, date: null, title: null },
  blocks: [],
};

/**
 * Writes a document in a dialect. Every block of the layout is written as it was unless the value
 * it holds changed; then only that block (often one line) is rewritten. What the document holds and
 * the layout has no place for is added where the dialect puts it. A document read in another
 * dialect, or never read, is written in the dialect's default form; from another dialect's layout it
 * carries what the content has no field for: the status and date as written (with their notes, or an
 * unfilled placeholder) and the metadata entries Cairn keeps as written. An unknown status or date
 * is written as nothing.
 */
export function writeAdr(doc: WritableDocument, profile: DialectProfile): string {
  const own = doc.layout !== null && doc.dialect === profile.id;
  const layout = own ? (doc.layout as AdrLayout) : FRESH_LAYOUT;
  const carried = !own && doc.layout ? carriedValues(doc, doc.layout) : NOTHING_CARRIED;
  return new AdrWriter(doc, layout, profile, carried, false).write();
}

/**
 * The file as a stored document's layout and content say, with every structured block (front
 * matter, metadata, Status, Links, options, title number) exactly as it was read: the file as last
 * synced when the content did not change. It does not depend on how the layout's lines are read, so
 * a document stored by older reading rules gives back its file, to be read again by today's
 * (`readByOlderRules`).
 */
export function writeStoredText(doc: WritableDocument, profile: DialectProfile): string {
  if (!doc.layout) throw new Error('a document that was never read from a file has no stored text');
  return new AdrWriter(doc, doc.layout, profile, NOTHING_CARRIED, true).write();
}

/** What a document read in another dialect brings from its layout that its content has no field for. */
interface Carried {
  /** The status as written, when it still says the document's status (or the document's status is unknown and the file had text). */
  status: string | null;
  /** The date's note (" (back dated)") after the date, or an unreadable date as written when the date is unknown. */
  date: string | null;
  entries: CarriedEntry[];
}

const NOTHING_CARRIED: Carried = { status: null, date: null, entries: [] };

function carriedValues(doc: WritableDocument, layout: AdrLayout): Carried {
  const written = readWrittenValues(layout.blocks, layoutDateOrder(layout));
  const status = written.fields.get('status') as { value: MetaValues['status']; written: string } | undefined;
  const date = written.fields.get('date') as { value: MetaValues['date']; written: string } | undefined;
  const statusText = status?.written.trim() ?? '';
  const sameStatus = status !== undefined && status.value.status === doc.content.status && (status.value.link === null || doc.links.some((l) => sameLink(l, status.value.link as AdrLink)));
  const keepsStatus = statusText !== '' && (sameStatus || (doc.content.status === null && status?.value.status === null));
  let dateText: string | null = null;
  if (date && date.written.trim() !== '') {
    const read = readDateText(date.written, layoutDateOrder(layout));
    if (doc.content.date === null && read.date === null) dateText = date.written.trim();
    else if (read.date !== null && read.date === doc.content.date && read.note !== '') dateText = `${read.date}${read.note.trimEnd()}`;
  }
  return { status: keepsStatus ? statusText : null, date: dateText, entries: written.kept };
}

class AdrWriter {
  private readonly content: RecordContent;
  private readonly blocks: readonly LayoutBlock[];
  private readonly fieldHomes = new Map<MetaField, FieldHome>();
  private readonly places: LinkPlace[] = [];
  private readonly assigned = new Map<LinkPlace, AdrLink[]>();
  private statusLink: AdrLink | null = null;
  /** Links with no written place yet: they go to the dialect's link section. */
  private homelessLinks: AdrLink[] = [];
  /** The extra section each block writes (with its index in the content), and those no written block holds. */
  private readonly extras = new Map<LayoutBlock, { extra: ExtraSection; index: number }>();
  private newExtras: { extra: ExtraSection; index: number }[] = [];
  private readonly changes = new Map<LayoutBlock, FieldChange[]>();
  private linkHome: LayoutBlock | null = null;
  /** The block the carried metadata entries are written to. */
  private entriesHome: LayoutBlock | null = null;

  /** Options whose details their "Considered Options" list item holds (nested below the name), not a subsection; read when options changed. */
  private listHeldNames: Set<string> | null = null;

  constructor(
    private readonly doc: WritableDocument,
    private readonly layout: AdrLayout,
    private readonly profile: DialectProfile,
    private readonly carried: Carried,
    /** Write every structured block as it was read: `writeStoredText`. */
    private readonly frozen: boolean,
  ) {
    this.content = doc.content;
    this.blocks = layout.blocks;
  }

  private get listHeld(): Set<string> {
    if (this.listHeldNames === null) {
      const listBlock = this.blocks.find((b): b is ListSectionBlock => b.kind === 'options');
      const detailBlock = this.blocks.find((b): b is ListSectionBlock => b.kind === 'option-details');
      this.listHeldNames = listHeldOptions(readOptionList(listBlock?.lines ?? []), readOptionDetails(detailBlock?.lines ?? []));
    }
    return this.listHeldNames;
  }

  write(): string {
    this.findWrittenValues();
    if (!this.frozen) this.assignLinks();
    this.assignExtras();
    const planned = this.frozen ? this.blocks.map((block) => ({ block, fresh: false })) : this.plan();
    const pieces = this.withoutEmptiedParagraphs(planned, planned.map((p) => ({ lines: this.render(p), fresh: p.fresh })));
    const lines = joinPieces(pieces.filter((p) => p.lines.length > 0));
    const lastWritten = planned.findIndex((p) => p.block === this.blocks[this.blocks.length - 1]);
    const endsFresh = lastWritten < 0 || (pieces[lastWritten]?.lines.length ?? 0) === 0 || pieces.slice(lastWritten + 1).some((p) => p.lines.length > 0);
    if (endsFresh) while (lines.length > 0 && isBlank(lines[lines.length - 1] as string)) lines.pop();
    if (this.writesIdComment(planned)) lines.push(...identityCommentLines(this.doc.id as string));
    // A file that mixed line endings keeps them where it still has the lines it had.
    const otherEol = this.layout.otherEol?.lines === lines.length ? this.layout.otherEol.at : [];
    return joinTextLines({ lines, eol: this.layout.eol, bom: this.layout.bom, finalNewline: this.layout.finalNewline, otherEol });
  }

  /** A metadata paragraph whose every line was removed takes one of the blank runs around it along. */
  private withoutEmptiedParagraphs(planned: readonly Planned[], pieces: { lines: string[]; fresh: boolean }[]): { lines: string[]; fresh: boolean }[] {
    return pieces.map((piece, i) => {
      const before = planned[i - 1]?.block;
      const emptied = before?.kind === 'metadata' && before.lines.length > 0 && pieces[i - 1]?.lines.length === 0;
      const block = planned[i]?.block;
      const dropped = emptied && block?.kind === 'raw' && block.lines.every(isBlank) && planned[i - 2]?.block.kind === 'raw';
      return dropped ? { ...piece, lines: [] } : piece;
    });
  }

  // ---- what the layout holds ----

  private findWrittenValues(): void {
    const written = readWrittenValues(this.blocks, layoutDateOrder(this.layout));
    for (const [field, home] of written.fields) this.fieldHomes.set(field, home);
    this.places.push(...written.places);
  }

  // ---- links and extra sections ----

  private assignLinks(): void {
    const written = this.fieldHomes.get('status')?.value as MetaValues['status'] | undefined;
    const changed = (written?.status ?? this.layout.assumed.status) !== this.content.status;
    const { assigned, statusLink, homeless } = assignLinks(this.places, this.doc.links, { now: this.content.status, changed });
    for (const [place, links] of assigned) this.assigned.set(place, links);
    this.statusLink = statusLink;
    this.homelessLinks = homeless;
  }

  private linksAt(index: number, kind: LinkPlace['kind']): AdrLink[] {
    return this.places.filter((p) => p.index === index && p.kind === kind).flatMap((p) => this.assigned.get(p) ?? []);
  }

  private assignExtras(): void {
    const { written, added } = assignExtras(this.blocks, this.content.extraSections);
    for (const [block, extra] of written) this.extras.set(block, extra);
    this.newExtras = added;
  }

  // ---- the blocks to write ----

  private plan(): Planned[] {
    const planned: Planned[] = this.blocks.map((block) => ({ block, fresh: false }));
    this.planFields(planned);
    const titleFromFolder = this.layout.assumed.title === this.content.title;
    if (!planned.some((p) => p.block.kind === 'title') && !this.fieldHomes.has('title') && !titleFromFolder) {
      const at = planned.filter((p) => p.block.kind === 'front-matter' || (p.block.kind === 'raw' && p === planned[0])).length;
      planned.splice(at, 0, { block: { kind: 'title', marker: '# ', numbering: null, suffix: '' }, fresh: true });
    }
    this.planSections(planned);
    this.linkHome = planned.find((p) => p.block.kind === 'status' || p.block.kind === 'links')?.block ?? null;
    return planned;
  }

  /** Changed fields are rewritten where they were; new ones go to the front matter or metadata lines. */
  private planFields(planned: Planned[]): void {
    const homeless: FieldChange[] = [];
    for (const field of WRITTEN_FIELDS) {
      const wanted = this.wantedField(field);
      const home = this.fieldHomes.get(field);
      if (home) {
        const written = this.effective(field, home.value as MetaValues[typeof field]);
        if (!sameMetaValue(field, written, wanted)) this.change(this.blocks[home.index] as LayoutBlock, this.fieldChange(field, wanted));
        continue;
      }
      const text = this.carriedText(field);
      if (text === null && (field === 'id' || isEmptyMetaValue(field, wanted) || sameMetaValue(field, this.assumedValue(field), wanted))) continue;
      if (field === 'status' && this.profile.statusHome === 'status-section' && !this.hasMetadataLines()) continue;
      homeless.push(text === null ? this.fieldChange(field, wanted) : { field, value: wanted, key: '', text });
    }
    this.planTitleField();
    this.planLinkFields();
    const target = this.metadataTarget(planned, homeless.length > 0 || this.carried.entries.length > 0);
    if (target && this.carried.entries.length > 0) this.entriesHome = target.block;
    if (target) {
      const id = this.doc.id;
      const idInFrontMatter = target.block.kind === 'front-matter' && id !== null && this.layout.identity !== 'comment' && !this.fieldHomes.has('id');
      if (idInFrontMatter) homeless.push(this.fieldChange('id', id));
      for (const change of homeless) this.change(target.block, change);
    }
  }

  private planTitleField(): void {
    const home = this.fieldHomes.get('title');
    if (home && !this.blocks.some((b) => b.kind === 'title') && home.value !== this.content.title) {
      this.change(this.blocks[home.index] as LayoutBlock, { field: 'title', value: this.content.title, key: 'title' });
    }
  }

  /** Metadata values listing links ("Updates: ADR-8") are rewritten when their links changed. */
  private planLinkFields(): void {
    for (const place of this.places.filter((p) => p.kind === 'field')) {
      const wanted = this.assigned.get(place) ?? [];
      if (wanted.length === place.links.length && wanted.every((l, i) => sameLink(l, place.links[i] as AdrLink))) continue;
      this.change(this.blocks[place.index] as LayoutBlock, { field: 'links', value: wanted.length > 0 ? wanted : null, key: place.key, line: place.line });
    }
  }

  /**
   * A status or date as another dialect's file wrote it, to write in its place (see `carriedValues`);
   * in a new file of a dialect where no status means one (Log4brains: accepted), "unknown" for an
   * unknown status, so the file does not come to say what nobody said.
   */
  private carriedText(field: WrittenField): string | null {
    if (field === 'status') {
      const fresh = this.layout.blocks.length === 0;
      return this.carried.status ?? (fresh && this.content.status === null && this.profile.statusWhenAbsent !== null ? UNKNOWN_STATUS_TEXT : null);
    }
    return field === 'date' ? this.carried.date : null;
  }

  /** Where new metadata goes: the file's front matter or metadata lines, else a new block in the dialect's home. */
  private metadataTarget(planned: Planned[], needed: boolean): Planned | null {
    const existing =
      planned.find((p) => p.block.kind === 'front-matter') ?? planned.find((p) => p.block.kind === 'metadata') ?? planned.find((p) => p.block.kind === 'metadata-section');
    if (existing) return existing;
    const wantsIdKey = this.profile.metadata.home === 'front-matter' && this.doc.id !== null && this.layout.identity === null && this.blocks.length === 0;
    if (!needed && !wantsIdKey) return null;
    if (this.profile.metadata.home === 'front-matter') {
      const fresh = { block: { kind: 'front-matter', lines: freshFrontMatter() } as LayoutBlock, fresh: true };
      planned.unshift(fresh);
      return fresh;
    }
    const fresh = { block: { kind: 'metadata', lines: [] } as LayoutBlock, fresh: true };
    const title = planned.findIndex((p) => p.block.kind === 'title');
    planned.splice(title < 0 ? planned.filter((p) => p.block.kind === 'front-matter').length : title + 1, 0, fresh);
    return fresh;
  }

  private hasMetadataLines(): boolean {
    return this.blocks.some((b) => b.kind === 'metadata' || b.kind === 'metadata-section' || b.kind === 'front-matter');
  }

  private change(block: LayoutBlock, change: FieldChange): void {
    const keyed = change.key === '' ? { ...change, key: this.keyFor(block, change.field as WrittenField) } : change;
    this.changes.set(block, [...(this.changes.get(block) ?? []), keyed]);
  }

  private fieldChange<F extends WrittenField>(field: F, value: MetaValues[F]): FieldChange {
    return { field, value: isEmptyMetaValue(field, value) ? null : value, key: '' };
  }

  /** How the dialect spells a new key: its own keys in its own home, the common spelling elsewhere. */
  private keyFor(block: LayoutBlock, field: WrittenField): string {
    const ownHome = (block.kind === 'front-matter') === (this.profile.metadata.home === 'front-matter');
    if (ownHome) return this.profile.keys[field];
    return block.kind === 'front-matter' ? FRONT_MATTER_KEYS[field] : LINE_KEYS[field];
  }

  private wantedField<F extends WrittenField>(field: F): MetaValues[F] {
    const c = this.content;
    const values: Pick<MetaValues, WrittenField> = {
      status: { status: c.status, link: this.statusLink, written: '' },
      date: c.date,
      reviewBy: c.reviewBy,
      decisionMakers: c.decisionMakers,
      consulted: c.consulted,
      informed: c.informed,
      tags: c.tags,
      id: this.doc.id,
    };
    return values[field] as MetaValues[F];
  }

  /** A written value Cairn could not read stands for the value it assumed, so it is not rewritten unless that changed. */
  private effective<F extends MetaField>(field: F, value: MetaValues[F]): MetaValues[F] {
    if (field === 'status' && (value as MetaValues['status']).status === null) return this.assumedValue('status') as MetaValues[F];
    if (field === 'date' && value === null) return this.assumedValue('date') as MetaValues[F];
    return value;
  }

  private assumedValue<F extends WrittenField>(field: F): MetaValues[F] {
    const { status, date } = this.layout.assumed;
    if (field === 'status') return { status, link: null, written: '' } as MetaValues[F];
    if (field === 'date') return date as MetaValues[F];
    return (field === 'reviewBy' || field === 'id' ? null : []) as MetaValues[F];
  }

  // ---- sections ----

  private planSections(planned: Planned[]): void {
    const has = (test: (b: LayoutBlock) => boolean) => planned.some((p) => test(p.block));
    const needsStatusSection = this.profile.statusHome === 'status-section' && !this.fieldHomes.has('status') && !this.hasMetadataLines();
    const statusChanged = this.content.status !== this.layout.assumed.status || this.carried.status !== null;
    const linksInStatus = this.profile.statusHome === 'status-section' && (needsStatusSection || has((b) => b.kind === 'status'));
    if (!has((b) => b.kind === 'status') && ((needsStatusSection && statusChanged) || (this.homelessLinks.length > 0 && linksInStatus && !has((b) => b.kind === 'links')))) {
      const block: ListSectionBlock = { kind: 'status', heading: this.heading('status'), lines: [] };
      this.insertSection(planned, 'status', block);
      // What another file's Status section said besides the status belongs in this one.
      const said = this.newExtras.findIndex((e) => e.extra.heading.toLowerCase() === block.heading.text.toLowerCase());
      const [statusText] = said >= 0 ? this.newExtras.splice(said, 1) : [];
      if (statusText) this.extras.set(block, statusText);
    }
    for (const field of ['context', 'drivers', 'moreInformation', 'consequences', 'confirmation'] as const) {
      if (this.content[field] === '' || has((b) => writesField(b, field))) continue;
      const part = this.profile.outcomeParts.find((p) => p.role === field);
      if (part) continue;
      this.insertSection(planned, field, this.freshProse(field, this.sectionLevel()));
    }
    const needsOutcome = this.content.outcome !== '' || this.content.chosenOption !== null || this.profile.outcomeParts.some((p) => this.content[p.role] !== '' && !has((b) => writesField(b, p.role)));
    if (needsOutcome && !has((b) => b.kind === 'outcome')) {
      this.insertSection(planned, 'outcome', { kind: 'outcome', heading: this.heading('outcome'), gap: { before: [''], after: [] }, chosen: null, hadText: false, children: [] });
    }
    const optionsChanged = !sameOptions(this.writtenOptions(), this.content.options);
    if (optionsChanged && this.content.options.length > 0 && !has((b) => b.kind === 'options' || holdsOptionList(b))) {
      this.insertSection(planned, 'options', { kind: 'options', heading: this.heading('options'), lines: [] });
    }
    if (optionsChanged && this.content.options.some((o) => hasDetails(o) && !this.listHeld.has(o.name)) && !has((b) => b.kind === 'option-details')) {
      this.insertSection(planned, 'option-details', { kind: 'option-details', heading: this.heading('option-details'), lines: [] });
    }
    if (this.homelessLinks.length > 0 && !has((b) => b.kind === 'links' || b.kind === 'status')) {
      this.insertSection(planned, 'links', { kind: 'links', heading: this.heading('links'), lines: [] });
    }
    for (const { extra, index } of this.newExtras) {
      const block: ExtraBlock = { kind: 'extra', heading: freshHeading(this.sectionLevel(), extra.heading), gap: { before: [''], after: [] }, hadText: false };
      this.extras.set(block, { extra, index });
      const next = planned.findIndex((p) => (this.extras.get(p.block)?.index ?? -1) > index);
      planned.splice(next < 0 ? planned.length : next, 0, { block, fresh: true });
    }
  }

  private freshProse(field: ProseField, level: number): ProseBlock {
    return { kind: 'prose', field, heading: freshHeading(level, this.headingText(field)), gap: { before: [''], after: [] }, hadText: false };
  }

  private heading(role: SectionRole) {
    return freshHeading(this.sectionLevel(), this.headingText(role));
  }

  /** New sections take the level the file's sections have (NATS writes some records with "###" sections), at least "##" as the reader splits there. */
  private sectionLevel(): number {
    for (const block of this.blocks) {
      if ('heading' in block && block.heading !== null) return Math.max(2, headingLevel(block.heading));
    }
    return 2;
  }

  private headingText(role: SectionRole): string {
    return (this.profile.sections.find((s) => s.role === role) ?? this.profile.outcomeParts.find((s) => s.role === role))?.heading ?? DEFAULT_HEADINGS[role];
  }

  /** A new section goes before the first written section that the dialect's template puts after it. */
  private insertSection(planned: Planned[], role: SectionRole, block: LayoutBlock): void {
    const rank = this.rank(role);
    const after = planned.findIndex((p) => {
      const r = sectionRoleOf(p.block);
      return r !== null && this.rank(r) > rank;
    });
    const lastSection = planned.reduce((last, p, i) => (sectionRoleOf(p.block) !== null || p.block.kind === 'extra' ? i : last), -1);
    const at = after >= 0 ? after : lastSection >= 0 ? lastSection + 1 : planned.length;
    planned.splice(at, 0, { block, fresh: true });
  }

  private rank(role: SectionRole): number {
    const i = this.profile.sections.findIndex((s) => s.role === role);
    return i < 0 ? this.profile.sections.length : i;
  }

  // ---- rendering ----

  private render({ block, fresh }: Planned): string[] {
    if (this.frozen) {
      const asRead = this.renderAsRead(block);
      if (asRead) return asRead;
    }
    switch (block.kind) {
      case 'raw':
        return block.lines;
      case 'front-matter':
        return this.withCarriedEntries(block, writeFrontMatterFields(block.lines, this.changes.get(block) ?? [], '(front matter)', this.profile.statusCase));
      case 'metadata':
        return this.withCarriedEntries(block, this.renderMetadata(block));
      case 'metadata-section':
        return this.renderMetadataSection(block);
      case 'title':
        return [this.renderTitle(block)];
      case 'prose':
        return this.renderProse(block, this.content[block.field]);
      case 'extra': {
        const extra = this.extras.get(block)?.extra;
        return extra ? this.renderSection(block.heading, extra.heading, block, extra.body) : [];
      }
      case 'outcome':
        return this.renderOutcome(block, fresh);
      case 'options':
      case 'option-details':
        return this.renderOptions(block, fresh);
      case 'status':
      case 'links':
        return this.renderLinkSection(block, fresh);
    }
  }

  /** A structured block exactly as it was read; null for a block whose text is in the content. */
  private renderAsRead(block: LayoutBlock): string[] | null {
    switch (block.kind) {
      case 'front-matter':
      case 'metadata':
        return block.lines;
      case 'metadata-section':
        return [renderHeading(block.heading), ...block.gap.before, ...block.lines, ...block.gap.after];
      case 'status':
      case 'links':
      case 'options':
      case 'option-details':
        return [renderHeading(block.heading), ...block.lines];
      case 'title': {
        const numbering = block.numbering ? block.numbering.before + block.numbering.digits + block.numbering.after : '';
        return [block.marker + (block.prefix ?? '') + numbering + this.content.title + block.suffix];
      }
      default:
        return null;
    }
  }

  private renderMetadata(block: LinesBlock | MetadataSectionBlock): string[] {
    return writeMetadataLines(block.lines, this.changes.get(block) ?? [], { style: this.lineStyle(), statusCase: this.profile.statusCase });
  }

  private lineStyle() {
    return this.profile.metadata.home === 'lines' ? this.profile.metadata.style : { kind: 'bullet' as const, marker: this.profile.listMarker };
  }

  private renderMetadataSection(block: MetadataSectionBlock): string[] {
    return [renderHeading(block.heading), ...block.gap.before, ...this.withCarriedEntries(block, this.renderMetadata(block)), ...block.gap.after];
  }

  /** The block's lines with the metadata entries carried from another dialect's file, when it is their home. */
  private withCarriedEntries(block: LayoutBlock, lines: string[]): string[] {
    if (block !== this.entriesHome) return lines;
    if (block.kind === 'front-matter') return appendFrontMatterEntries(lines, this.carried.entries);
    return appendMetadataEntries(lines, this.carried.entries, this.lineStyle());
  }

  private renderTitle(block: LayoutBlock & { kind: 'title' }): string {
    const { number } = this.doc;
    let numbering = '';
    if (block.numbering) {
      if (number !== null) numbering = renderTitleNumber(block.numbering, number, this.layout.parsedNumber);
      else if (this.layout.parsedNumber === null) numbering = block.numbering.before + block.numbering.digits + block.numbering.after;
    } else if (this.profile.numberedTitle && number !== null && this.layout.blocks.length === 0) {
      numbering = `${number}. `;
    }
    return block.marker + this.titlePrefix(block) + numbering + this.content.title + block.suffix;
  }

  /** `[Superseded by …] ` before the title stays while it still says the record's status. */
  private titlePrefix(block: LayoutBlock & { kind: 'title' }): string {
    if (!block.prefix) return '';
    return readStatusText(block.prefix.trim().slice(1, -1)).status === this.content.status ? block.prefix : '';
  }

  private renderProse(block: ProseBlock, text: string): string[] {
    if (text === '' && block.hadText && !this.keepsLeadApart(block)) return [];
    return this.renderSection(block.heading, null, block, text);
  }

  /**
   * An emptied section stays (with no text) when removing it would let another section take its
   * place on reading: text before the first section becomes the context when no Context section
   * exists, and a second "## Context" is read as the context when the first is gone.
   */
  private keepsLeadApart(block: ProseBlock): boolean {
    if (block.heading === null) return false;
    return this.blocks.some(
      (b) =>
        b.kind === 'extra' &&
        (b.heading === null ? block.field === 'context' : sectionRole(b.heading.text) === block.field || outcomePart(b.heading.text)?.startsWith(block.field) === true),
    );
  }

  private renderSection(heading: ProseBlock['heading'], title: string | null, block: { gap: ProseBlock['gap'] }, text: string): string[] {
    const headingLine = heading === null ? [] : [renderHeading(title === null || title === extraHeading(heading) ? heading : { ...heading, text: title })];
    return [...headingLine, ...block.gap.before, ...textToLines(text), ...block.gap.after];
  }

  private renderOutcome(block: OutcomeBlock, fresh: boolean): string[] {
    const { chosenOption, outcome } = this.content;
    const outcomeLines = textToLines(outcome);
    const core = chosenOption === null ? outcomeLines : renderChosenOption(block.chosen ?? freshChosenLine(outcomeLines), chosenOption, outcomeLines);
    const level = headingLevel(block.heading) + 1;
    const children = block.children.map((child) => this.renderProse(this.withRunHeading(child, level), this.content[child.field]));
    for (const part of this.profile.outcomeParts) {
      if (this.content[part.role] === '' || this.blocks.some((b) => writesField(b, part.role))) continue;
      children.push(this.renderSection(freshHeading(level, part.heading), null, { gap: { before: [''], after: [] } }, this.content[part.role]));
    }
    if (!fresh && block.hadText && core.length === 0 && children.every((c) => c.length === 0)) return [];
    const own = [renderHeading(block.heading), ...block.gap.before, ...core, ...block.gap.after];
    return joinPieces([{ lines: own, fresh: false }, ...children.filter((c) => c.length > 0).map((lines, i) => ({ lines, fresh: i >= block.children.length }))]);
  }

  /** The options the layout's "Considered Options" and "Pros and Cons" sections hold as written. */
  private writtenOptions(): ConsideredOption[] {
    const listBlock = this.blocks.find((b): b is ListSectionBlock => b.kind === 'options');
    const detailBlock = this.blocks.find((b): b is ListSectionBlock => b.kind === 'option-details');
    return combineOptions(readOptionList(listBlock?.lines ?? []), readOptionDetails(detailBlock?.lines ?? []));
  }

  /** The names of options whose name or details differ from what the layout holds. */
  private changedOptions(): Set<string> {
    const written = this.writtenOptions();
    return new Set(this.content.options.filter((o) => !written.some((w) => sameOptions([w], [o]))).map((o) => o.name));
  }

  /**
   * MADR 2's "### Positive Consequences"/"### Negative Consequences" run keeps its headings in the
   * text; text written in Cairn without them gets a "### Consequences" heading so it is read back.
   */
  private withRunHeading(child: ProseBlock, level: number): ProseBlock {
    const text = this.content[child.field];
    if (child.heading !== null || text === '' || /^#{1,6}\s/.test(text)) return child;
    return { ...child, heading: freshHeading(level, this.headingText(child.field)), gap: { before: [''], after: child.gap.after } };
  }

  private renderOptions(block: ListSectionBlock, fresh: boolean): string[] {
    const options = this.content.options;
    if (sameOptions(this.writtenOptions(), options)) return [renderHeading(block.heading), ...block.lines];
    const marker = this.profile.listMarker;
    const level = headingLevel(block.heading) + 1;
    let body: string[];
    const changed = this.changedOptions();
    if (block.kind === 'options') body = fresh ? ['', ...freshOptionList(options, marker)] : writeOptionList(block.lines, options, marker, this.listHeld, changed);
    else body = fresh ? ['', ...freshOptionDetails(options, level, marker)] : writeOptionDetails(block.lines, options, level, marker, holdsOptionList(block), this.listHeld, changed);
    return [renderHeading(block.heading), ...body];
  }

  private renderLinkSection(block: ListSectionBlock, fresh: boolean): string[] {
    const index = this.blocks.indexOf(block);
    const homeless = this.isLinkHome(block) ? this.homelessLinks : [];
    const statusHome = this.isStatusHome(block, index, fresh);
    const wanted: LinkSectionWanted = {
      status: statusHome ? { status: this.content.status, link: this.statusLink, ...(this.carried.status === null ? {} : { text: this.carried.status }) } : null,
      links: [...this.linksAt(index, 'lines'), ...homeless],
      other: this.extras.get(block)?.extra.body ?? '',
    };
    const unchanged = () => !(statusHome && this.statusChangedAt(index)) && homeless.length === 0 && this.sameLinksAt(index) && readStatusSection(block.lines).other === wanted.other;
    if (block.kind === 'status' && index >= 0 && unchanged()) return [renderHeading(block.heading), ...block.lines];
    const body =
      block.kind === 'status'
        ? writeStatusSection(block.lines, wanted)
        : writeLinksSection(block.lines, wanted, block.lines.length === 0 ? this.profile.listMarker : markerOf(block.lines, this.profile.listMarker));
    return [renderHeading(block.heading), ...(fresh ? ['', ...body] : body)];
  }

  /** The Status section that holds the status: the one it was read from, else the first (a section of text only), else a new one. */
  private isStatusHome(block: ListSectionBlock, index: number, fresh: boolean): boolean {
    if (block.kind !== 'status') return false;
    const home = this.fieldHomes.get('status');
    return home ? home.index === index : fresh || index === this.blocks.findIndex((b) => b.kind === 'status');
  }

  private statusChangedAt(index: number): boolean {
    const home = this.fieldHomes.get('status');
    if (!home) return this.content.status !== this.layout.assumed.status;
    if (home.index !== index) return false;
    return !sameMetaValue('status', this.effective('status', home.value as MetaValues['status']), this.wantedField('status'));
  }

  private sameLinksAt(index: number): boolean {
    return this.places.filter((p) => p.index === index && p.kind === 'lines').every((p) => {
      const now = this.assigned.get(p) ?? [];
      return now.length === p.links.length && now.every((l, i) => sameLink(l, p.links[i] as AdrLink));
    });
  }

  /** New links go to the first section that holds links (written or added), which is the dialect's link section for a new file. */
  private isLinkHome(block: ListSectionBlock): boolean {
    return this.linkHome === block;
  }

  private writesIdComment(planned: Planned[]): boolean {
    if (this.doc.id === null || this.fieldHomes.has('id')) return false;
    return !planned.some((p) => (this.changes.get(p.block) ?? []).some((c) => c.field === 'id'));
  }
}

const DEFAULT_HEADINGS: Record<SectionRole, string> = {
  context: 'Context and Problem Statement',
  drivers: 'Decision Drivers',
  options: 'Considered Options',
  'option-details': 'Pros and Cons of the Options',
  outcome: 'Decision Outcome',
  consequences: 'Consequences',
  confirmation: 'Confirmation',
  moreInformation: 'More Information',
  status: 'Status',
  links: 'Links',
};

function writesField(block: LayoutBlock, field: ProseField): boolean {
  if (block.kind === 'prose') return block.field === field;
  return block.kind === 'outcome' && block.children.some((child) => child.field === field);
}

function sectionRoleOf(block: LayoutBlock): SectionRole | null {
  switch (block.kind) {
    case 'prose':
      return block.heading === null ? null : block.field;
    case 'outcome':
      return 'outcome';
    case 'options':
    case 'option-details':
    case 'status':
    case 'links':
      return block.kind;
    default:
      return null;
  }
}

/** A "Considered Options" section written as one subsection per option: the home of every option, details or not. */
function holdsOptionList(block: LayoutBlock): boolean {
  return block.kind === 'option-details' && sectionRole(block.heading.text) === 'options';
}

function sameOptions(a: readonly ConsideredOption[], b: readonly ConsideredOption[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function markerOf(lines: readonly string[], fallback: string): string {
  const m = lines.map((line) => /^(\s*[*+-][ \t]+)/.exec(line)).find((x) => x !== null);
  return m ? matchGroup(m, 1) : fallback;
}

/** Joins blocks, putting one blank line between a block Cairn adds and its neighbours. */
function joinPieces(pieces: readonly { lines: string[]; fresh: boolean }[]): string[] {
  const out: string[] = [];
  pieces.forEach((piece, i) => {
    const lines = piece.fresh ? trimTrailingBlanks(piece.lines) : piece.lines;
    const previous = pieces[i - 1];
    const needsGap = i > 0 && (piece.fresh || previous?.fresh) && out.length > 0 && !isBlank(out[out.length - 1] as string) && !isBlank(lines[0] ?? 'x');
    if (needsGap) out.push('');
    out.push(...lines);
  });
  return out;
}

function trimTrailingBlanks(lines: readonly string[]): string[] {
  let end = lines.length;
  while (end > 0 && isBlank(lines[end - 1] as string)) end--;
  return lines.slice(0, end);
}
