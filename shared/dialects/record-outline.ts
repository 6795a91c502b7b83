import { findHeadings, isBlank, isCommentOnly, markTextLines } from './markdown-lines';

/** A heading of a record file and whether anything is written under it (its own lines or its subsections'). */
export interface OutlineSection {
  /** 1-based line of the heading. */
  line: number;
  level: number;
  text: string;
  hasContent: boolean;
}

/** A Markdown link in the file's text to another Markdown file of the same tree (`[label](0002-x.md)`). */
export interface TextLink {
  line: number;
  label: string;
  /** The path as written, without its `#anchor`, percent-decoded. */
  target: string;
}

/**
 * The shape of a record file as a linter needs it, with line numbers: its headings (outside code and
 * front matter) and the links to other Markdown files in its text. The dialect readers parse
 * sections by their roles; this looks at the file as written, so a finding can point at its line.
 */
export interface RecordOutline {
  sections: OutlineSection[];
  links: TextLink[];
  /** Line of the first heading (the title), else 1: where a finding about the whole record points. */
  titleLine: number;
  /** 1-based line of the first line containing `text`, outside code; null when none does. */
  lineOf(text: string): number | null;
}

const INLINE_LINK = /\[([^\]\n]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
const EXTERNAL = /^[a-z][a-z0-9+.-]*:/i;

export function outlineRecord(text: string): RecordOutline {
  const lines = text.split(/\r\n|\n|\r/);
  const textLines = markTextLines(lines);
  const start = frontMatterEnd(lines);
  for (let i = 0; i < start; i++) textLines[i] = false;
  const headings = findHeadings(lines, textLines, start, lines.length);
  const sections = headings.map((heading, index): OutlineSection => {
    const next = headings.slice(index + 1).find((other) => other.level <= heading.level);
    const end = next ? next.index : lines.length;
    const body = lines.slice(heading.index + 1, end);
    return { line: heading.index + 1, level: heading.level, text: heading.heading.text.trim(), hasContent: body.some((line) => !isBlank(line) && !isCommentOnly(line)) };
  });
  const links: TextLink[] = [];
  lines.forEach((line, index) => {
    if (!textLines[index]) return;
    for (const m of line.matchAll(INLINE_LINK)) {
      const written = (m[2] ?? '').split('#')[0] ?? '';
      if (written === '' || EXTERNAL.test(written) || !/\.md$/i.test(written)) continue;
      links.push({ line: index + 1, label: m[1] ?? '', target: decodeTarget(written) });
    }
  });
  const title = sections[0];
  return {
    sections,
    links,
    titleLine: title ? title.line : 1,
    lineOf(needle) {
      if (needle === '') return null;
      const at = lines.findIndex((line, index) => (textLines[index] || index < start) && line.includes(needle));
      return at < 0 ? null : at + 1;
    },
  };
}

/** The index of the first line after a leading `---` front matter block (0 when there is none). */
function frontMatterEnd(lines: readonly string[]): number {
  if (lines[0]?.replace(/^\uFEFF/, '').trim() !== '---') return 0;
  const close = lines.findIndex((line, index) => index > 0 && (line.trim() === '---' || line.trim() === '...'));
  return close < 0 ? 0 : close + 1;
}

function decodeTarget(target: string): string {
  try {
    return decodeURIComponent(target);
  } catch {
    return target;
  }
}
