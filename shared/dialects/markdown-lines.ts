import type { HeadingLine } from './adr-document';
import { matchGroup } from '../text/match-group';

export function isBlank(line: string): boolean {
  return line.trim() === '';
}

/** A line holding only HTML comments, such as MADR's `<!-- This is an optional element. -->`. */
export function isCommentOnly(line: string): boolean {
  return /^\s*(<!--.*?-->\s*)+$/.test(line);
}

const HEADING = /^( {0,3}#{1,6})(?:([ \t]+)(.*))?$/;
const TRAILING_COMMENT = /^(.*?\S)(\s*<!--.*-->\s*)$/;
const CLOSING_HASHES = /^(.*?\S)?([ \t]+#+[ \t]*|[ \t]*)$/;
/** Kramdown and Pandoc heading attributes: `{#adr_0001}`, `{: .class}`, `{.unnumbered}`. */
const ATTRIBUTES = /^(.*?\S)([ \t]*\{[:#.][^{}]*\}[ \t]*)$/;

/** Splits an ATX heading into marker, text and what trails it (attributes, comments, closing hashes, spaces). */
export function parseHeadingLine(line: string): { level: number; heading: HeadingLine } | null {
  const m = HEADING.exec(line);
  if (!m) return null;
  const hashes = matchGroup(m, 1);
  const rest = m[3] ?? '';
  const marker = hashes + (m[2] ?? '');
  const comment = TRAILING_COMMENT.exec(rest);
  let text = comment ? matchGroup(comment, 1) : rest;
  let suffix = comment ? matchGroup(comment, 2) : '';
  const attributes = ATTRIBUTES.exec(text);
  if (attributes) {
    suffix = matchGroup(attributes, 2) + suffix;
    text = matchGroup(attributes, 1);
  }
  const closing = CLOSING_HASHES.exec(text);
  if (closing) {
    suffix = (closing[2] ?? '') + suffix;
    text = closing[1] ?? '';
  }
  return { level: hashes.trim().length, heading: { marker, text, suffix } };
}

export function renderHeading(heading: HeadingLine): string {
  return heading.marker + heading.text + heading.suffix;
}

export function headingLevel(heading: HeadingLine): number {
  return heading.marker.trim().length;
}

export function freshHeading(level: number, text: string): HeadingLine {
  return { marker: `${'#'.repeat(level)} `, text, suffix: '' };
}

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;

/**
 * Marks the lines that are Markdown text rather than code or a multi-line HTML comment, so a
 * `# heading` inside a fenced example is not taken for a heading.
 */
export function markTextLines(lines: readonly string[]): boolean[] {
  const text: boolean[] = [];
  let fence: string | null = null;
  let inComment = false;
  for (const line of lines) {
    if (fence !== null) {
      text.push(false);
      const close = FENCE.exec(line);
      if (close && matchGroup(close, 1)[0] === fence[0] && matchGroup(close, 1).length >= fence.length && isBlank(matchGroup(close, 2))) {
        fence = null;
      }
      continue;
    }
    if (inComment) {
      text.push(false);
      if (line.includes('-->')) inComment = false;
      continue;
    }
    const open = FENCE.exec(line);
    if (open && !(matchGroup(open, 1)[0] === '`' && matchGroup(open, 2).includes('`'))) {
      fence = matchGroup(open, 1);
      text.push(false);
      continue;
    }
    text.push(true);
    const lastOpen = line.lastIndexOf('<!--');
    if (lastOpen >= 0 && !line.includes('-->', lastOpen)) inComment = true;
  }
  return text;
}

export interface HeadingAt {
  index: number;
  level: number;
  heading: HeadingLine;
}

/** The headings among `lines[from, to)`, skipping code and comments. */
export function findHeadings(lines: readonly string[], textLines: readonly boolean[], from: number, to: number): HeadingAt[] {
  const found: HeadingAt[] = [];
  for (let i = from; i < to; i++) {
    if (!textLines[i]) continue;
    const parsed = parseHeadingLine(lines[i] as string);
    if (parsed) found.push({ index: i, ...parsed });
  }
  return found;
}

/** Splits a body into its leading blank lines, its text, and its trailing blank or comment-only lines. */
export function splitGap(body: readonly string[]): { before: string[]; core: string[]; after: string[] } {
  let start = 0;
  while (start < body.length && isBlank(body[start] as string)) start++;
  let end = body.length;
  while (end > start && (isBlank(body[end - 1] as string) || isCommentOnly(body[end - 1] as string))) end--;
  return { before: body.slice(0, start), core: body.slice(start, end), after: body.slice(end) };
}

/** Lines of a Markdown value as Cairn stores it: joined with "\n" whatever the file's line ending. */
export function linesToText(lines: readonly string[]): string {
  return lines.join('\n');
}

export function textToLines(text: string): string[] {
  return text === '' ? [] : text.split('\n');
}
