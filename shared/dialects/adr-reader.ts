import { describeZodError } from '../api/api-result';
import type { CalendarDate } from '../domain/calendar-date';
import { emptyDecisionContent, RecordContent, type ConsideredOption, type DateSource, type StatusSource } from '../domain/decision';
import { READER_VERSION, type AdrLink, type AdrRecord, type DialectWarning, type Gap, type HeadingLine, type LayoutBlock, type OutcomeBlock, type ParseOptions, type ProseBlock, type ProseField } from './adr-document';
import { readFileName, recordFolderName, titleFromSlug } from './adr-file-name';
import { parseChosenOption } from './chosen-option';
import { combineOptions, isOptionDetails, isOptionList, readOptionDetails, readOptionList } from './considered-options';
import { readDateText, type DateOrder } from './date-text';
import { DialectError } from './dialect-error';
import type { DialectProfile } from './dialect-profile';
import { frontMatterLength } from './front-matter';
import { readFrontMatterFields } from './front-matter-block';
import { takeIdentityComment } from './identity-comment';
import { readLinksSection, readStatusSection } from './link-sections';
import { isBlank, isCommentOnly, findHeadings, linesToText, markTextLines, splitGap, type HeadingAt } from './markdown-lines';
import { isMetadataParagraph, readMetadataLines, type HeldField, type KeptEntry } from './metadata-block';
import type { MetaField, MetaValues } from './metadata-fields';
import { isSectionName, outcomePart, sectionRole, type SectionRole } from './section-roles';
import { readStatusText, type StatusText } from './status-text';
import { splitTextLines } from './text-lines';
import { parseTitleText } from './title-line';
import { matchGroup } from '../text/match-group';

/** The heading Cairn gives text that stands before the first section when it cannot be the context. */
export const LEAD_SECTION_HEADING = 'Introduction';
/** The heading Cairn gives a section whose heading line is empty. */
export const UNTITLED_SECTION_HEADING = 'Untitled section';

/**
 * Reads any ADR file tolerantly (every dialect shares this reader; the profile only says what a
 * missing status means) into a record whose layout lets the writer give back the same bytes. A
 * status or date the file, its name, its folder and `options.knownDate` do not give is unknown.
 */
export function readAdr(text: unknown, fileName: string, profile: DialectProfile, options: ParseOptions = {}): AdrRecord {
  const file = splitTextLines(text, fileName);
  const { lines, id: commentId } = takeIdentityComment(file.lines, markTextLines(file.lines));
  const fromName = readFileName(fileName);
  const order = options.dateOrder ?? 'day-first';
  const reader = new AdrReader(lines, fileName, fromName.number, order);
  reader.read();
  const status = settleStatus(reader, profile);
  const date = settleDate(reader, fromName, options);
  const { content, warnings } = reader;
  const number = fromName.number ?? reader.titleNumber;
  const valid = RecordContent.safeParse(content);
  if (!valid.success) throw new DialectError(fileName, null, `cannot be a Cairn decision: ${describeZodError(valid.error).message}`);
  return {
    dialect: profile.id,
    id: reader.field('id') ?? commentId,
    number,
    content,
    links: reader.links,
    layout: {
      eol: file.eol,
      bom: file.bom,
      finalNewline: file.finalNewline,
      identity: reader.field('id') ? 'front-matter' : commentId ? 'comment' : null,
      parsedNumber: number,
      assumed: { status: status.assumed, date: date.assumed, title: reader.titleFromFolder },
      ...(file.otherEol.length > 0 ? { otherEol: { lines: file.lines.length, at: file.otherEol } } : {}),
      reader: READER_VERSION,
      ...(order === 'month-first' ? { dateOrder: 'month-first' as const } : {}),
      blocks: reader.blocks,
    },
    warnings,
    sources: { status: status.source, date: date.source },
  };
}

interface Settled {
  source: StatusSource | DateSource | null;
  /** A known value the file does not write where the dialect keeps it, so it is not written back. */
  assumed: string | null;
}

/**
 * Takes the status the file gives (its metadata, Status section, or a status in brackets before the
 * title); else Log4brains' convention that a record without one is accepted; else it is unknown, and
 * the reader says why.
 */
function settleStatus(reader: AdrReader, profile: DialectProfile): Settled & { source: StatusSource | null } {
  const held = reader.field('status');
  if (held?.status) {
    reader.content.status = held.status;
    return { source: 'file', assumed: null };
  }
  const written = held?.written.trim() ?? '';
  if (written === '' && reader.titleStatus?.status) {
    reader.content.status = reader.titleStatus.status;
    if (reader.titleStatus.link) reader.links.push(reader.titleStatus.link);
    return { source: 'file', assumed: reader.titleStatus.status };
  }
  if (written === '' && profile.statusWhenAbsent !== null) {
    reader.content.status = profile.statusWhenAbsent;
    return { source: 'convention', assumed: profile.statusWhenAbsent };
  }
  reader.content.status = null;
  const line = reader.lineOf('status');
  if (written === '') reader.warnings.push({ line: null, field: 'status', message: 'no status' });
  else {
    const read = readStatusText(written);
    if (read.unfilled) reader.warnings.push({ line, field: 'status', message: `the status is a template's placeholder, not filled in: "${written}"` });
    else if (read.statedUnknown) reader.warnings.push({ line, field: 'status', message: `the file gives the status as "${written}"` });
    else reader.warnings.push({ line, field: 'status', message: `cannot read the status "${written}"` });
  }
  return { source: null, assumed: null };
}

/**
 * Takes the date the file gives (its metadata, else the earliest entry of its changelog); else the
 * date its name or its record folder gives; else the date known from outside (git); else it is
 * unknown. A date read one of two ways (03/05/2021) or with day and month swapped is named in a warning.
 */
function settleDate(reader: AdrReader, fromName: ReturnType<typeof readFileName>, options: ParseOptions): Settled & { source: DateSource | null } {
  const held = reader.held.get('date');
  const line = reader.lineOf('date');
  if (held && held.value !== null) {
    reader.content.date = held.value as CalendarDate;
    const read = readDateText(held.written, reader.order);
    if (read.reading === 'swapped') reader.warnings.push({ line, field: 'date', message: `read the date "${held.written.trim()}" as ${read.date} (there is no month ${held.written.trim().slice(5, 7)})` });
    if (read.reading === 'ambiguous' && options.dateOrder === undefined) {
      const how = reader.order === 'day-first' ? 'day first' : 'month first';
      reader.warnings.push({ line, field: 'date', message: `read the date "${held.written.trim()}" as ${read.date} (${how}); nothing else in the folder says whether the day or the month comes first` });
    }
    return { source: 'file', assumed: null };
  }
  if (held) {
    const message = readDateText(held.written).unfilled ? `the date is a template's placeholder, not filled in: "${held.written.trim()}"` : `cannot read the date "${held.written.trim()}"`;
    reader.warnings.push({ line, field: 'date', message });
  }
  const found: [CalendarDate | null, DateSource][] = [
    [reader.changelogDate, 'file'],
    [fromName.date, fromName.from],
    [options.knownDate?.date ?? null, 'git'],
  ];
  for (const [date, source] of found) {
    if (date === null) continue;
    reader.content.date = date;
    return { source, assumed: date };
  }
  reader.content.date = null;
  if (!held) reader.warnings.push({ line: null, field: 'date', message: 'no date' });
  return { source: null, assumed: null };
}

/** Headings of a section that lists a record's changes with their dates: its earliest date is the record's date when nothing else gives one. */
const CHANGELOG = /^(change ?log|changes|history|revision history|revisions|status history|document history|version history|versions|änderungen|änderungshistorie|historique|historique des modifications|historial|historial de cambios|histórico)$/i;

class AdrReader {
  readonly blocks: LayoutBlock[] = [];
  readonly content: RecordContent = { ...emptyDecisionContent('', ''), status: null, date: null };
  readonly links: AdrLink[] = [];
  readonly warnings: DialectWarning[] = [];
  /** The first place each metadata field was found, with its 1-based file line and its value as written. */
  readonly held = new Map<MetaField, { value: unknown; line: number; written: string }>();
  titleNumber: number | null = null;
  /** The title the record's folder name gave, when the file has no title of its own. */
  titleFromFolder: string | null = null;
  /** A status written in brackets before the title (`[Superseded by …] Title`). */
  titleStatus: StatusText | null = null;
  /** The earliest date of a changelog section. */
  changelogDate: CalendarDate | null = null;
  private readonly textLines: boolean[];
  private readonly roles = new Set<SectionRole>();
  private listedOptions: ConsideredOption[] = [];
  private optionDetails: ConsideredOption[] = [];

  constructor(
    private readonly lines: string[],
    private readonly fileName: string,
    private readonly fileNumber: number | null,
    readonly order: DateOrder,
  ) {
    this.textLines = markTextLines(lines);
  }

  field<F extends MetaField>(field: F): MetaValues[F] | undefined {
    const found = this.held.get(field);
    if (!found) return undefined;
    const value = found.value as MetaValues[F];
    return value === null ? undefined : value;
  }

  lineOf(field: MetaField): number | null {
    return this.held.get(field)?.line ?? null;
  }

  read(): void {
    const start = this.readFrontMatter();
    const headings = findHeadings(this.lines, this.textLines, start, this.lines.length);
    const title = this.findTitle(headings, start);
    let after = start;
    if (title) {
      if (title.index > start) this.blocks.push({ kind: 'raw', lines: this.lines.slice(start, title.index) });
      this.readTitle(title);
      after = title.index + 1;
    }
    const rest = headings.filter((h) => h.index >= after);
    const sectionLevel = Math.max(2, ...(rest.length > 0 ? [Math.min(...rest.map((h) => h.level))] : []));
    const starts = rest.filter((h) => h.level <= sectionLevel);
    const hasContext = starts.some((h) => sectionRole(h.heading.text) === 'context');
    this.readHeader(after, starts[0]?.index ?? this.lines.length, hasContext);
    starts.forEach((heading, k) => this.readSection(heading, starts[k + 1]?.index ?? this.lines.length));
    this.content.options = combineOptions(this.listedOptions, this.optionDetails);
    if (this.content.title === '') throw new DialectError(this.fileName, title ? title.index + 1 : 1, 'the title is empty');
  }

  private readFrontMatter(): number {
    const length = frontMatterLength(this.lines, this.fileName);
    if (length === 0) return 0;
    const block = this.lines.slice(0, length);
    this.blocks.push({ kind: 'front-matter', lines: block });
    const { held, entries } = readFrontMatterFields(block, this.fileName, this.order);
    this.keep(held, (h) => (entries[h.line]?.firstLine ?? 0) + 1);
    const title = this.field('title');
    if (title) this.content.title = title;
    return length;
  }

  /**
   * The first "# " heading; else the front matter's title (Docusaurus); else the name of the record's
   * own folder (`2022-11-09-api-refactoring/README.md`); else a first heading of any level with nothing
   * but comments before it. A first "# Context" or "# Abstract" names a section, not the record, when
   * the front matter or the folder gives the title.
   */
  private findTitle(headings: readonly HeadingAt[], start: number): HeadingAt | null {
    const h1 = headings.find((h) => h.level === 1);
    const folder = recordFolderName(this.fileName);
    const titledElsewhere = this.content.title !== '' || folder !== null;
    if (h1 && !(titledElsewhere && isSectionName(h1.heading.text))) return h1;
    if (this.content.title !== '') return null;
    if (folder) {
      // The folder names the record, so a first "## Decision" is the record's first section, not its title.
      this.content.title = titleFromSlug(folder);
      this.titleFromFolder = this.content.title;
      return null;
    }
    const first = headings[0];
    const onlyPreamble = (h: HeadingAt) => this.lines.slice(start, h.index).every((line) => isBlank(line) || isCommentOnly(line));
    if (first && onlyPreamble(first)) return first;
    const firstText = this.lines.findIndex((line, i) => i >= start && !isBlank(line));
    throw new DialectError(this.fileName, firstText + 1, 'no title: an ADR starts with a "# Title" heading');
  }

  private readTitle({ heading }: HeadingAt): void {
    const parsed = parseTitleText(heading.text, this.fileNumber);
    this.blocks.push({ kind: 'title', marker: heading.marker, numbering: parsed.numbering, suffix: heading.suffix, ...(parsed.prefix ? { prefix: parsed.prefix } : {}) });
    this.content.title = parsed.title.trim();
    this.titleNumber = parsed.number;
    if (parsed.prefix) this.titleStatus = readStatusText(parsed.prefix.trim().slice(1, -1));
  }

  /** Between the title and the first section: metadata paragraphs, then any text (which becomes the context or an extra section). */
  private readHeader(from: number, to: number, hasContext: boolean): void {
    let i = from;
    while (i < to) {
      if (isBlank(this.lines[i] as string)) {
        const end = this.nextWhere(i, to, (line) => !isBlank(line));
        this.blocks.push({ kind: 'raw', lines: this.lines.slice(i, end) });
        i = end;
        continue;
      }
      const end = this.nextWhere(i, to, isBlank);
      const paragraph = this.lines.slice(i, end);
      if (paragraph.every(isCommentOnly)) {
        this.blocks.push({ kind: 'raw', lines: paragraph });
      } else if (isMetadataParagraph(paragraph)) {
        this.readMetadata(paragraph, i);
      } else {
        this.readLead(i, to, hasContext);
        return;
      }
      i = end;
    }
  }

  private readMetadata(paragraph: string[], offset: number): void {
    this.blocks.push({ kind: 'metadata', lines: paragraph });
    this.readMetadataEntries(paragraph, offset);
  }

  private readMetadataEntries(lines: readonly string[], offset: number): void {
    const { held, kept } = readMetadataLines(lines, this.order);
    this.keep(held, (h) => offset + h.line + 1);
    for (const entry of kept) this.warnings.push({ line: offset + entry.line + 1, message: keptMessage(entry) });
  }

  private readLead(from: number, to: number, hasContext: boolean): void {
    let end = to;
    while (end > from && isBlank(this.lines[end - 1] as string)) end--;
    const { before, core, after } = splitGap(this.lines.slice(from, end));
    const gap = { before, after };
    if (hasContext) this.addExtra(null, gap, core);
    else this.addProse('context', null, gap, core);
    if (end < to) this.blocks.push({ kind: 'raw', lines: this.lines.slice(end, to) });
  }

  private nextWhere(from: number, to: number, test: (line: string) => boolean): number {
    let i = from;
    while (i < to && !test(this.lines[i] as string)) i++;
    return i;
  }

  private keep(held: readonly HeldField[], fileLine: (h: HeldField) => number): void {
    for (const h of held) {
      if (h.field === 'links') {
        this.links.push(...(h.value as AdrLink[]));
        continue;
      }
      if (this.held.has(h.field)) continue;
      this.held.set(h.field, { value: h.value, line: fileLine(h), written: h.written });
      this.applyField(h);
    }
  }

  private applyField(h: HeldField): void {
    const c = this.content;
    switch (h.field) {
      case 'status': {
        const { link } = h.value as MetaValues['status'];
        if (link) this.links.push(link);
        break;
      }
      case 'reviewBy':
        c.reviewBy = h.value as string | null;
        break;
      case 'decisionMakers':
      case 'consulted':
      case 'informed':
      case 'tags':
        c[h.field] = h.value as string[];
        break;
    }
  }

  private readSection(start: HeadingAt, end: number): void {
    const body = this.lines.slice(start.index + 1, end);
    const named = sectionRole(start.heading.text);
    const role = holdsOptionsAsParsed(named, body) ? this.claim(named) : null;
    switch (role) {
      case null:
        if (named === null && this.readMetadataSection(start, body)) return;
        if (named === null) this.readChangelog(start.heading, body);
        this.addExtra(start.heading, ...gapAndCore(body));
        return;
      case 'options':
        if (hasSubsections(body) && this.claim('option-details') === 'option-details') {
          // "Considered Options" written as one subsection per option (with its pros and cons) holds
          // what MADR's "Pros and Cons of the Options" holds, not a list of names.
          this.blocks.push({ kind: 'option-details', heading: start.heading, lines: body });
          this.optionDetails = readOptionDetails(body);
          return;
        }
        this.blocks.push({ kind: 'options', heading: start.heading, lines: body });
        this.listedOptions = readOptionList(body);
        return;
      case 'option-details':
        this.blocks.push({ kind: 'option-details', heading: start.heading, lines: body });
        this.optionDetails = readOptionDetails(body);
        return;
      case 'status':
        this.readStatus(start, body);
        return;
      case 'links':
        this.readLinks(start.heading, body);
        return;
      case 'outcome':
        this.readOutcome(start, body);
        return;
      default:
        this.addProse(role, start.heading, ...gapAndCore(body));
    }
  }

  /** A role binds its first section only, and the Status section only when no metadata gave the status. */
  private claim(role: SectionRole | null): SectionRole | null {
    if (role === null || this.roles.has(role) || (role === 'status' && this.held.has('status'))) return null;
    this.roles.add(role);
    return role;
  }

  /** The Status section: its status line and links, and what else it says as an extra section of the same heading. */
  private readStatus(start: HeadingAt, body: string[]): void {
    this.blocks.push({ kind: 'status', heading: start.heading, lines: body });
    const section = readStatusSection(body);
    this.links.push(...section.links);
    if (section.status) {
      const line = start.index + 2 + body.findIndex((l) => l.trim() === section.status?.written);
      this.held.set('status', { value: section.status, line, written: section.status.written });
    }
    if (section.other !== '') this.content.extraSections.push({ heading: start.heading.text, body: section.other });
  }

  /** A section of metadata lines only ("## Metadata", "# Info"): read like the lines under the title. */
  private readMetadataSection(start: HeadingAt, body: readonly string[]): boolean {
    const [gap, core] = gapAndCore(body);
    if (core.length === 0 || !isMetadataParagraph(core.filter((line) => !isBlank(line)))) return false;
    this.blocks.push({ kind: 'metadata-section', heading: start.heading, gap, lines: core });
    this.readMetadataEntries(core, start.index + 1 + gap.before.length);
    return true;
  }

  /** A changelog's dated entries ("- 2020-01-05: created"): the earliest is the record's date when the file gives none. */
  private readChangelog(heading: HeadingLine, body: readonly string[]): void {
    if (!CHANGELOG.test(heading.text.replace(/[*_`:]/g, '').trim())) return;
    const dates = body.flatMap((line) => {
      const entry = /^\s*(?:[*+-]|\d+[.)]|\|)\s*(?:\*\*|__)?(.*)$/.exec(line);
      const date = entry ? readDateText(matchGroup(entry, 1).replace(/^(\S+?)(\*\*|__)/, '$1'), this.order).date : null;
      return date ? [date] : [];
    });
    if (dates.length > 0) this.changelogDate ??= dates.sort()[0] as CalendarDate;
  }

  private readLinks(heading: HeadingLine, body: string[]): void {
    this.blocks.push({ kind: 'links', heading, lines: body });
    const section = readLinksSection(body);
    this.links.push(...section.links);
    if (section.other !== '') this.content.extraSections.push({ heading: heading.text, body: section.other });
  }

  private readOutcome(start: HeadingAt, body: string[]): void {
    const headings = findHeadings(body, markTextLines(body), 0, body.length);
    const level = Math.min(...headings.map((h) => h.level));
    const cuts: { index: number; field: ProseField; heading: HeadingLine | null }[] = [];
    for (const h of headings.filter((x) => x.level === level)) {
      const part = outcomePart(h.heading.text);
      const field = part === 'confirmation' ? 'confirmation' : part ? 'consequences' : null;
      if (!field || !this.claimField(field)) continue;
      cuts.push({ index: h.index, field, heading: part === 'consequences-run' ? null : h.heading });
    }
    const first = cuts[0]?.index ?? body.length;
    const [gap, core] = gapAndCore(body.slice(0, first));
    const chosen = parseChosenOption(core);
    this.content.chosenOption = chosen?.name ?? null;
    this.content.outcome = linesToText(chosen ? chosen.outcome : core);
    const children: ProseBlock[] = cuts.map((cut, k) => {
      const end = cuts[k + 1]?.index ?? body.length;
      const [childGap, childCore] = gapAndCore(body.slice(cut.heading ? cut.index + 1 : cut.index, end));
      this.content[cut.field] = linesToText(childCore);
      return { kind: 'prose', field: cut.field, heading: cut.heading, gap: childGap, hadText: childCore.length > 0 };
    });
    const block: OutcomeBlock = { kind: 'outcome', heading: start.heading, gap, chosen: chosen?.chosen ?? null, hadText: core.length > 0, children };
    this.blocks.push(block);
  }

  private claimField(field: ProseField): boolean {
    return this.claim(field) === field;
  }

  private addProse(field: ProseField, heading: HeadingLine | null, gap: Gap, core: string[]): void {
    this.blocks.push({ kind: 'prose', field, heading, gap, hadText: core.length > 0 });
    this.content[field] = linesToText(core);
  }

  private addExtra(heading: HeadingLine | null, gap: Gap, core: string[]): void {
    this.blocks.push({ kind: 'extra', heading, gap, hadText: core.length > 0 });
    this.content.extraSections.push({ heading: extraHeading(heading), body: linesToText(core) });
  }
}

/** The heading an extra section has in the content: as written, or a stand-in when it has none. */
export function extraHeading(heading: HeadingLine | null): string {
  if (heading === null) return LEAD_SECTION_HEADING;
  return heading.text.trim() === '' ? UNTITLED_SECTION_HEADING : heading.text.trim();
}

function keptMessage(entry: KeptEntry): string {
  if (entry.sameFieldAs !== null) return `kept "${entry.key}" as written: "${entry.sameFieldAs}" already gives that field`;
  return `kept "${entry.key}" as written: Cairn has no field for it`;
}

/**
 * Whether a section's body is what its role parses: an options section is a list of options or one
 * subsection per option. One with paragraphs of its own (an introduction per group of options, an
 * HTML <details> block, text before the subsections) is text kept as written, so nothing of it is lost.
 */
function holdsOptionsAsParsed(role: SectionRole | null, body: readonly string[]): boolean {
  if (role === 'options') return hasSubsections(body) ? isOptionDetails(body) : isOptionList(body);
  if (role === 'option-details') return isOptionDetails(body);
  return true;
}

function hasSubsections(body: readonly string[]): boolean {
  return findHeadings(body, markTextLines(body), 0, body.length).length > 0;
}

function gapAndCore(body: readonly string[]): [Gap, string[]] {
  const { before, core, after } = splitGap(body);
  return [{ before, after }, core];
}
