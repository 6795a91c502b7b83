import { describeZodError } from '../api/api-result';
import { DecisionContent, emptyDecisionContent, type ConsideredOption } from '../domain/decision';
import type { AdrDocument, AdrLink, DialectWarning, Gap, HeadingLine, LayoutBlock, OutcomeBlock, ParseOptions, ProseBlock, ProseField } from './adr-document';
import { readFileName, recordFolderName, titleFromSlug } from './adr-file-name';
import { parseChosenOption } from './chosen-option';
import { combineOptions, readOptionDetails, readOptionNames } from './considered-options';
import { DialectError } from './dialect-error';
import type { DialectProfile } from './dialect-profile';
import { frontMatterLength } from './front-matter';
import { readFrontMatterFields } from './front-matter-block';
import { takeIdentityComment } from './identity-comment';
import { readLinksSection, readStatusSection } from './link-sections';
import { isBlank, isCommentOnly, findHeadings, linesToText, markTextLines, splitGap, type HeadingAt } from './markdown-lines';
import { isMetadataParagraph, readMetadataLines, type HeldField } from './metadata-block';
import type { MetaField, MetaValues } from './metadata-fields';
import { outcomePart, sectionRole, type SectionRole } from './section-roles';
import { splitTextLines } from './text-lines';
import { parseTitleText } from './title-line';

/** The heading Cairn gives text that stands before the first section when it cannot be the context. */
export const LEAD_SECTION_HEADING = 'Introduction';
/** The heading Cairn gives a section whose heading line is empty. */
export const UNTITLED_SECTION_HEADING = 'Untitled section';

const FALLBACK_DATE = '1970-01-01';

/**
 * Reads any ADR file tolerantly (every dialect shares this reader; the profile only says what a
 * missing status means) into a document whose layout lets the writer give back the same bytes.
 */
export function readAdr(text: unknown, fileName: string, profile: DialectProfile, options: ParseOptions = {}): AdrDocument {
  const file = splitTextLines(text, fileName);
  const { lines, id: commentId } = takeIdentityComment(file.lines, markTextLines(file.lines));
  const reader = new AdrReader(lines, fileName);
  reader.read();
  const fromName = readFileName(fileName);
  const assumedStatus = settleStatus(reader, profile);
  const assumedDate = settleDate(reader, options.fallbackDate ?? fromName.date ?? FALLBACK_DATE);
  const { content, warnings } = reader;
  const number = fromName.number ?? reader.titleNumber;
  const valid = DecisionContent.safeParse(content);
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
      assumed: { status: assumedStatus, date: assumedDate, title: reader.titleFromFolder },
      blocks: reader.blocks,
    },
    warnings,
  };
}

/** Takes the status the file gives, or assumes the dialect's and says so; returns what it assumed. */
function settleStatus(reader: AdrReader, profile: DialectProfile): string | null {
  const status = reader.field('status');
  if (status?.status) {
    reader.content.status = status.status;
    return null;
  }
  const assumed = profile.missingStatus.status;
  reader.content.status = assumed;
  if (status && status.written.trim() !== '') reader.warnings.push({ line: reader.lineOf('status'), message: `cannot read the status "${status.written}"; assumed ${assumed}` });
  else if (profile.missingStatus.warn) reader.warnings.push({ line: null, message: `no status; assumed ${assumed}` });
  return assumed;
}

/** Takes the date the file gives, or assumes the fallback and says so; returns what it assumed. */
function settleDate(reader: AdrReader, fallback: string): string | null {
  const date = reader.field('date');
  if (date) {
    reader.content.date = date;
    return null;
  }
  reader.content.date = fallback;
  const unreadable = reader.held.has('date');
  reader.warnings.push({ line: reader.lineOf('date'), message: unreadable ? `cannot read the date; assumed ${fallback}` : `no date; assumed ${fallback}` });
  return fallback;
}

class AdrReader {
  readonly blocks: LayoutBlock[] = [];
  readonly content: DecisionContent = emptyDecisionContent('', FALLBACK_DATE);
  readonly links: AdrLink[] = [];
  readonly warnings: DialectWarning[] = [];
  /** The first place each metadata field was found, with its 1-based file line. */
  readonly held = new Map<MetaField, { value: unknown; line: number }>();
  titleNumber: number | null = null;
  /** The title the record's folder name gave, when the file has no title of its own. */
  titleFromFolder: string | null = null;
  private readonly textLines: boolean[];
  private readonly roles = new Set<SectionRole>();
  private optionNames: string[] = [];
  private optionDetails: ConsideredOption[] = [];

  constructor(
    private readonly lines: string[],
    private readonly fileName: string,
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
    this.content.options = combineOptions(this.optionNames, this.optionDetails);
    if (this.content.title === '') throw new DialectError(this.fileName, title ? title.index + 1 : 1, 'the title is empty');
  }

  private readFrontMatter(): number {
    const length = frontMatterLength(this.lines, this.fileName);
    if (length === 0) return 0;
    const block = this.lines.slice(0, length);
    this.blocks.push({ kind: 'front-matter', lines: block });
    const { held, entries } = readFrontMatterFields(block, this.fileName);
    this.keep(held, (h) => (entries[h.line]?.firstLine ?? 0) + 1);
    const title = this.field('title');
    if (title) this.content.title = title;
    return length;
  }

  /**
   * The first "# " heading; else the front matter's title (Docusaurus); else the name of the record's
   * own folder (`2022-11-09-api-refactoring/README.md`); else a first heading of any level with nothing
   * but comments before it.
   */
  private findTitle(headings: readonly HeadingAt[], start: number): HeadingAt | null {
    const h1 = headings.find((h) => h.level === 1);
    if (h1) return h1;
    if (this.content.title !== '') return null;
    const folder = recordFolderName(this.fileName);
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
    const parsed = parseTitleText(heading.text);
    this.blocks.push({ kind: 'title', marker: heading.marker, numbering: parsed.numbering, suffix: heading.suffix });
    this.content.title = parsed.title.trim();
    this.titleNumber = parsed.number;
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
    const { held, unknown } = readMetadataLines(paragraph);
    this.keep(held, (h) => offset + h.line + 1);
    for (const { key, line } of unknown) this.warnings.push({ line: offset + line + 1, message: `kept "${key}" as written: Cairn has no field for it` });
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
      this.held.set(h.field, { value: h.value, line: fileLine(h) });
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
    const role = this.claim(sectionRole(start.heading.text));
    switch (role) {
      case null:
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
        this.optionNames = readOptionNames(body);
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

  private readStatus(start: HeadingAt, body: string[]): void {
    this.blocks.push({ kind: 'status', heading: start.heading, lines: body });
    const section = readStatusSection(body);
    this.links.push(...section.links);
    if (section.status) {
      const line = start.index + 2 + body.findIndex((l) => l.trim() === section.status?.written);
      this.held.set('status', { value: section.status, line });
    }
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

function hasSubsections(body: readonly string[]): boolean {
  return findHeadings(body, markTextLines(body), 0, body.length).length > 0;
}

function gapAndCore(body: readonly string[]): [Gap, string[]] {
  const { before, core, after } = splitGap(body);
  return [{ before, after }, core];
}
