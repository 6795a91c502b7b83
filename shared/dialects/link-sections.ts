import type { StatusName } from '../domain/decision-status';
import type { AdrLink } from './adr-document';
import { listSegments } from './considered-options';
import { mergeItems, type Segment } from './line-merge';
import { isSupersededByLink, parseLinkLine, renderLink, sameLink } from './link-text';
import { isBlank, linesToText, textToLines } from './markdown-lines';
import { readStatusText, renderStatusValue, statusCase, type StatusCase } from './status-text';

export interface StatusLine {
  status: StatusName | null;
  link: AdrLink | null;
  written: string;
}

type Item = { kind: 'status'; line: StatusLine } | { kind: 'link'; link: AdrLink; prefix: string };

/**
 * Cuts an adr-tools Status section into its status line ("Accepted", or "Superseded by [2. …](…)")
 * and its link paragraphs ("Amends [1. …](…)"). Each link keeps the blank lines before it, so
 * removing a link removes its paragraph. A section whose first line is a sentence, not a status,
 * has no status line: all its text is the section's other text.
 */
function statusSegments(lines: readonly string[]): Segment<Item>[] {
  const segments: Segment<Item>[] = [];
  let pending: string[] = [];
  let hasStatus = false;
  const flush = () => {
    if (pending.length > 0) segments.push({ lines: pending, item: null });
    pending = [];
  };
  for (const line of lines) {
    if (isBlank(line)) {
      pending.push(line);
      continue;
    }
    const read = hasStatus ? null : readStatusText(line.trim());
    // "Superseded [0019](…)" is the status with its successor, not a custom "Superseded" link.
    const parsed = read?.link ? null : parseLinkLine(line, true);
    if (read && (!parsed || isSupersededByLink(parsed.link))) {
      hasStatus = true;
      if (read.status !== null || read.unfilled) {
        flush();
        segments.push({ lines: [line], item: { kind: 'status', line: { status: read.status, link: read.link, written: line.trim() } } });
        continue;
      }
    }
    if (parsed && (hasStatus || !isSupersededByLink(parsed.link))) {
      segments.push({ lines: [...pending, line], item: { kind: 'link', link: parsed.link, prefix: parsed.prefix } });
      pending = [];
    } else {
      flush();
      segments.push({ lines: [line], item: null });
    }
  }
  flush();
  return segments;
}

/** Cuts a "Links" section into link lines ("- Supersedes [x](x.md)") and everything else. */
function linksSegments(lines: readonly string[]): Segment<Item>[] {
  return listOrLines(lines).map((segment) => {
    const parsed = segment.lines.length === 1 ? parseLinkLine(segment.lines[0] as string, true) : null;
    return parsed ? { lines: segment.lines, item: { kind: 'link', link: parsed.link, prefix: parsed.prefix } } : { lines: segment.lines, item: null };
  });
}

function listOrLines(lines: readonly string[]): Segment<unknown>[] {
  return listSegments(lines).flatMap((segment) => (segment.item ? [segment] : segment.lines.map((line) => ({ lines: [line], item: null }))));
}

export interface LinkSectionContent {
  status: StatusLine | null;
  links: AdrLink[];
  /** The section's other lines (prose, plain reference links), as Markdown. */
  other: string;
}

/** What an adr-tools Status section holds: the status line, its link paragraphs, other lines. */
export function readStatusSection(lines: readonly string[]): LinkSectionContent {
  return readSegments(statusSegments(lines));
}

/** What a "## Links" section holds: link lines, and the other lines as text. */
export function readLinksSection(lines: readonly string[]): LinkSectionContent {
  return readSegments(linksSegments(lines));
}

function readSegments(segments: readonly Segment<Item>[]): LinkSectionContent {
  let status: StatusLine | null = null;
  const links: AdrLink[] = [];
  const other: string[] = [];
  for (const segment of segments) {
    if (segment.item?.kind === 'status') {
      status = segment.item.line;
      if (status.link) links.push(status.link);
    } else if (segment.item?.kind === 'link') {
      links.push(segment.item.link);
    } else {
      other.push(...segment.lines);
    }
  }
  return { status, links, other: tidy(other) };
}

function tidy(lines: readonly string[]): string {
  const kept = lines.filter((line, i) => !isBlank(line) || (i > 0 && !isBlank(lines[i - 1] as string)));
  return linesToText(kept).trim() === '' ? '' : linesToText(kept).replace(/\s+$/, '');
}

/** What the section must hold: the status (with its successor link) and the links written as their own lines. */
export interface LinkSectionWanted {
  /** The status to write (null: the section holds none); `text` is the status as another dialect's file wrote it. */
  status: { status: StatusName | null; link: AdrLink | null; text?: string } | null;
  links: AdrLink[];
  other: string;
}

/**
 * The Status section holding `wanted`, rewriting only the status line and the links that changed;
 * when its other text changed, the section is written anew from the status line, links and text.
 */
export function writeStatusSection(lines: readonly string[], wanted: LinkSectionWanted): string[] {
  const written = statusSegments(lines);
  if (readSegments(written).other !== wanted.other) return rewriteStatusSection(lines, written, wanted);
  const segments: Segment<Item>[] = written.map((segment) => {
    if (segment.item?.kind !== 'status') return segment;
    const { line } = segment.item;
    const same = !wanted.status || (line.status === wanted.status.status && sameOptionalLink(line.link, wanted.status.link));
    return { lines: same ? segment.lines : statusLines(wanted, statusCase(line.written)), item: null };
  });
  if (wanted.status && !written.some((s) => s.item?.kind === 'status')) {
    const at = segments[0]?.item === null && isBlank(segments[0].lines[0] as string) ? 1 : 0;
    const lines = statusLines(wanted, 'capital');
    if (lines.length > 0) segments.splice(at, 0, { lines, item: null });
  }
  return mergeLinks(segments, wanted.links, (link) => ['', renderLink(link)]);
}

function rewriteStatusSection(lines: readonly string[], written: readonly Segment<Item>[], wanted: LinkSectionWanted): string[] {
  const statusSegment = written.find((s) => s.item?.kind === 'status');
  const writtenStatus = statusSegment?.item?.kind === 'status' ? statusSegment.item.line : null;
  const unchanged = writtenStatus !== null && (!wanted.status || (writtenStatus.status === wanted.status.status && sameOptionalLink(writtenStatus.link, wanted.status.link)));
  const statusLine = unchanged ? [writtenStatus.written] : statusLines(wanted, writtenStatus ? statusCase(writtenStatus.written) : 'capital');
  const paragraphs = [statusLine, ...wanted.links.map((link) => [renderLink(link)]), textToLines(wanted.other)].filter((p) => p.length > 0);
  const trailing = lines.length > 0 && isBlank(lines[lines.length - 1] as string) ? [''] : [];
  // A new section gets its blank line after the heading from the writer.
  const leading = lines.length > 0 ? [''] : [];
  return [...leading, ...paragraphs.flatMap((p, i) => (i === 0 ? p : ['', ...p])), ...trailing];
}

/** The Links section holding `wanted`: its link lines merged, its other text rewritten only if it changed. */
export function writeLinksSection(lines: readonly string[], wanted: LinkSectionWanted, marker: string): string[] {
  const segments = linksSegments(lines);
  const written = readSegments(segments);
  if (written.other !== wanted.other) {
    const leading = lines.slice(0, lines.findIndex((line) => !isBlank(line)) < 0 ? lines.length : lines.findIndex((line) => !isBlank(line)));
    const body = [...wanted.links.map((link) => marker + renderLink(link)), ...(wanted.other === '' || wanted.links.length === 0 ? [] : ['']), ...textToLines(wanted.other)];
    const trailing = lines.length > 0 && isBlank(lines[lines.length - 1] as string) ? [''] : [];
    return [...(leading.length > 0 ? leading : ['']), ...body, ...trailing];
  }
  return mergeLinks(segments, wanted.links, (link) => [marker + renderLink(link)]);
}

function mergeLinks(segments: readonly Segment<Item>[], links: readonly AdrLink[], fresh: (link: AdrLink) => string[]): string[] {
  const linkSegments = segments.map((s) => ({ lines: s.lines, item: s.item?.kind === 'link' ? s.item : null }));
  const lastText = linkSegments.reduce((last, s, i) => (s.lines.some((line) => !isBlank(line)) ? i : last), -1);
  return mergeItems<{ link: AdrLink; prefix: string }>(
    linkSegments,
    links.map((link) => ({ link, prefix: '' })),
    {
      same: (a, b) => sameLink(a.link, b.link),
      render: (wanted, replacing) => {
        if (!replacing?.item) return fresh(wanted.link);
        const blanks = replacing.lines.slice(0, -1);
        return [...blanks, replacing.item.prefix + renderLink(wanted.link)];
      },
      insertAfter: lastText,
    },
  );
}

/** The status line to write: as another file wrote it, else the status in the file's case; none for an unknown status. */
function statusLines(wanted: LinkSectionWanted, style: StatusCase): string[] {
  if (!wanted.status) return [];
  if (wanted.status.text !== undefined) return [wanted.status.text];
  return wanted.status.status === null ? [] : [renderStatusValue(wanted.status.status, wanted.status.link, style)];
}

function sameOptionalLink(a: AdrLink | null, b: AdrLink | null): boolean {
  return a === null || b === null ? a === b : sameLink(a, b);
}
