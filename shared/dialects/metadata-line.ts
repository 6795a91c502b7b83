/**
 * One `key: value` line of an ADR's metadata, split so the value can be replaced without touching the
 * rest: `* Status: ` + `accepted` + ` <!-- optional -->`, or `|Status  |` + `Implemented` + `|`.
 */
import { matchGroup } from '../text/match-group';

export interface MetadataEntry {
  key: string;
  value: string;
  prefix: string;
  suffix: string;
  /** A table cell's width, so a shorter value keeps the columns aligned. */
  cellWidth?: number;
}

export type MetadataStyle = { kind: 'plain' } | { kind: 'bold' } | { kind: 'bullet'; marker: string } | { kind: 'table'; compact: boolean };

const KEY = "\\p{L}[\\p{L}\\p{M}\\p{N} ()/'._-]{0,39}?";
/** What may stand before a key: a blockquote (`> Status: …`), then a bullet. */
const QUOTE = '(?:[ \\t]*>[ \\t]?)*';
// `date : …` (a space before the colon, as French writes it) is a key too.
const PLAIN = new RegExp(`^(${QUOTE})(${KEY})([ \\t]?:)([ \\t]+|$)(.*)$`, 'u');
const BULLET = new RegExp(`^(${QUOTE}[ \\t]*[*+-][ \\t]+)(${KEY})([ \\t]?:)([ \\t]+|$)(.*)$`, 'u');
const BOLD = new RegExp(`^(${QUOTE}[ \\t]*(?:[*+-][ \\t]+)?)(\\*\\*|__)(\\p{L}[^*_:]{0,39}?)(:?)\\2(:?)([ \\t]*)(.*)$`, 'u');
const VALUE_AND_SUFFIX = /^(.*?)(\s*(?:<!--.*-->)?\s*)$/;

/** Reads `Date: 2016-02-12`, `* Status: accepted`, `- Date: …`, `**Status:** Accepted`, `* **Deciders**: …`, `> Status: …`, `Statut : …`. */
export function parseMetadataLine(line: string): { entry: MetadataEntry; style: MetadataStyle } | null {
  const bold = BOLD.exec(line);
  if (bold && (bold[4] || bold[5])) {
    const head = line.length - matchGroup(bold, 7).length;
    return { entry: withValue(matchGroup(bold, 3), line.slice(0, head), matchGroup(bold, 7)), style: { kind: 'bold' } };
  }
  const bullet = BULLET.exec(line);
  if (bullet && !bullet[2]?.endsWith(' ')) {
    const marker = matchGroup(bullet, 1).trimStart();
    const head = line.length - matchGroup(bullet, 5).length;
    return { entry: withValue(matchGroup(bullet, 2), line.slice(0, head), matchGroup(bullet, 5)), style: { kind: 'bullet', marker } };
  }
  const plain = PLAIN.exec(line);
  if (plain && !plain[2]?.endsWith(' ')) {
    const head = line.length - matchGroup(plain, 5).length;
    return { entry: withValue(matchGroup(plain, 2), line.slice(0, head), matchGroup(plain, 5)), style: { kind: 'plain' } };
  }
  return null;
}

function withValue(key: string, prefix: string, rest: string): MetadataEntry {
  const m = VALUE_AND_SUFFIX.exec(rest) as RegExpExecArray;
  return { key: key.trim(), value: matchGroup(m, 1), prefix, suffix: matchGroup(m, 2) };
}

interface Cell {
  start: number;
  end: number;
}

function tableCells(line: string): Cell[] | null {
  if (!/^\s*\|/.test(line)) return null;
  const pipes: number[] = [];
  for (let i = 0; i < line.length; i++) if (line[i] === '|' && line[i - 1] !== '\\') pipes.push(i);
  const cells: Cell[] = [];
  for (let i = 0; i < pipes.length; i++) {
    const start = (pipes[i] as number) + 1;
    const end = pipes[i + 1] ?? line.length;
    if (i === pipes.length - 1 && line.slice(start).trim() === '') break;
    cells.push({ start, end });
  }
  return cells;
}

const SEPARATOR_CELL = /^\s*:?-+:?\s*$/;
const HEADER_WORDS = new Set(['metadata', 'field', 'key', 'property', 'attribute', 'name', 'item']);

/**
 * Reads a two-column table such as NATS' `|Metadata|Value|` block. Returns the entries with the
 * index of the line each sits on, or null when the lines are not such a table.
 */
export function parseMetadataTable(
  lines: readonly string[],
  isKnownKey: (key: string) => boolean,
): { index: number; entry: MetadataEntry }[] | null {
  if (lines.length < 2) return null;
  const rows = lines.map(tableCells);
  if (rows.some((cells) => cells === null || cells.length !== 2)) return null;
  const separator = rows[1] as Cell[];
  if (!separator.every((cell) => SEPARATOR_CELL.test((lines[1] as string).slice(cell.start, cell.end)))) return null;
  const header = (rows[0] as Cell[]).map((cell) => (lines[0] as string).slice(cell.start, cell.end).trim());
  const headerIsEntry = isKnownKey(header[0] as string);
  if (!headerIsEntry && !HEADER_WORDS.has((header[0] as string).toLowerCase())) return null;
  const entries: { index: number; entry: MetadataEntry }[] = [];
  rows.forEach((cells, index) => {
    if (index === 1 || (index === 0 && !headerIsEntry)) return;
    entries.push({ index, entry: tableEntry(lines[index] as string, cells as Cell[]) });
  });
  return entries;
}

function tableEntry(line: string, [keyCell, valueCell]: Cell[]): MetadataEntry {
  const key = line.slice((keyCell as Cell).start, (keyCell as Cell).end).trim();
  const { start, end } = valueCell as Cell;
  const raw = line.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const value = raw.trim();
  const valueStart = value === '' ? start + Math.min(1, raw.length) : start + lead;
  return {
    key,
    value,
    prefix: line.slice(0, valueStart),
    suffix: line.slice(valueStart + value.length),
    cellWidth: end - valueStart,
  };
}

/** The style of a table's rows: `|Date|…|` or `| Date | … |`. */
export function tableStyle(lines: readonly string[]): MetadataStyle {
  return { kind: 'table', compact: !lines.some((line) => /^\s*\| /.test(line)) };
}

/** The entry's line with a new value, keeping its prefix, suffix and table alignment. */
export function replaceMetadataValue(entry: MetadataEntry, value: string): string {
  if (entry.cellWidth === undefined) return entry.prefix + value + entry.suffix;
  const padding = entry.suffix.length - entry.suffix.trimStart().length;
  const padded = value.length < entry.cellWidth ? value.padEnd(entry.cellWidth) : value + (padding > 0 ? ' ' : '');
  return entry.prefix + padded + entry.suffix.trimStart();
}

/** A new metadata line in a paragraph's style. */
export function formatMetadataLine(style: MetadataStyle, key: string, value: string): string {
  switch (style.kind) {
    case 'plain':
      return `${key}: ${value}`;
    case 'bold':
      return `**${key}:** ${value}`;
    case 'bullet':
      return `${style.marker}${key}: ${value}`;
    case 'table':
      return style.compact ? `|${key}|${value}|` : `| ${key} | ${value} |`;
  }
}
