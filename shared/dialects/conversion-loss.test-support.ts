import { parseDateText } from './date-text';
import { frontMatterLength } from './front-matter';
import { isBlank, isCommentOnly, parseHeadingLine } from './markdown-lines';
import { metaFieldForKey } from './metadata-fields';
import { parseMetadataLine } from './metadata-line';
import { matchGroup } from '../text/match-group';

/*
 * What converting a file to another dialect loses, measured on its text and independent of the
 * reader: every line a person wrote (headings and metadata keys aside) must still be in the
 * converted file, in words. Words are compared without case, punctuation, Markdown markers or
 * emoji, so a bullet written "* x" or "- x", a value quoted in YAML or a table row count as kept.
 */

const PICTOGRAPHS = /\p{Extended_Pictographic}|\uFE0F|\u200D/gu;

/** The words of a line, for comparing: lower case, letters and digits only, without its list marker. */
export function lineWords(line: string): string {
  return line
    .replace(/<!--.*?-->/g, ' ')
    .replace(/^\s*(?:>\s*)*(?:[*+-]|\d{1,9}[.)])[ \t]+/, '')
    .replace(PICTOGRAPHS, ' ')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const TABLE_ROW = /^\s*\|([^|]*)\|(.*)\|?\s*$/;
const TABLE_RULE = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-*:?\s*)*\|?\s*$/;
const DATE_LIKE = /^\s*(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{8})(T\S*)?/;

/**
 * The lines of a file a conversion must keep: its prose, code, tables and list items, the
 * text of unknown metadata lines, and what known metadata values say beyond the value (a note after a
 * status or date). Headings, front-matter keys Cairn reads, the metadata keys themselves, blank lines,
 * HTML and YAML comments are left out.
 */
export function proseLines(text: string): string[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const kept: string[] = [];
  const start = frontMatterLength(lines, 'file');
  let frontKey: string | null = null;
  for (let i = 1; i < start - 1; i++) {
    const line = lines[i] as string;
    const key = /^([A-Za-z_][\w -]*?)\s*:(.*)$/.exec(line);
    if (/^\s*#/.test(line)) continue;
    if (key) frontKey = matchGroup(key, 1);
    const known = frontKey !== null && metaFieldForKey(frontKey) !== null;
    if (!known && !isBlank(line)) kept.push(line);
    else if (known && key && metaFieldForKey(frontKey as string) === 'status') kept.push(matchGroup(key, 2));
  }
  let fence: string | null = null;
  let comment = false;
  let header: 'before-title' | 'header' | 'body' = 'before-title';
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] as string;
    if (fence !== null) {
      if (FENCE.exec(line)?.[1]?.startsWith(fence)) fence = null;
      else if (!isBlank(line)) kept.push(line);
      continue;
    }
    if (comment) {
      if (line.includes('-->')) comment = false;
      continue;
    }
    const open = FENCE.exec(line);
    if (open) {
      fence = matchGroup(open, 1).slice(0, 3);
      continue;
    }
    if (line.lastIndexOf('<!--') > line.lastIndexOf('-->')) {
      comment = true;
      const before = line.slice(0, line.lastIndexOf('<!--'));
      if (!isBlank(before)) kept.push(before);
      continue;
    }
    if (isBlank(line) || isCommentOnly(line) || /^\s*<!--\s*cairn-id:/.test(line)) continue;
    const heading = parseHeadingLine(line);
    if (heading) {
      header = header === 'before-title' && heading.level === 1 ? 'header' : 'body';
      continue;
    }
    if (header !== 'body') {
      const value = knownMetadataValue(line);
      if (value !== null) {
        if (value !== '') kept.push(value);
        continue;
      }
    }
    kept.push(line);
  }
  return kept.filter((line) => lineWords(line) !== '');
}

/**
 * For a metadata line with a key Cairn reads: what its value says that the field does not hold (the
 * note after a date, the whole status, people and tags); '' when nothing; null for any other line.
 */
function knownMetadataValue(line: string): string | null {
  if (TABLE_RULE.test(line)) return '';
  const row = TABLE_ROW.exec(line);
  const entry = row ? { key: matchGroup(row, 1).trim(), value: matchGroup(row, 2).replace(/\|\s*$/, '') } : parseMetadataLine(line)?.entry;
  if (!entry) return null;
  const field = metaFieldForKey(entry.key);
  if (field === null) return row && /^(metadata|field|key|property|attribute|name|item)$/i.test(entry.key) ? '' : null;
  if (field === 'id' || field === 'title') return '';
  if (field === 'date' || field === 'reviewBy') {
    const date = DATE_LIKE.exec(entry.value);
    const rest = date && parseDateText(date[0]) ? entry.value.slice(date[0].length) : entry.value;
    return rest;
  }
  return entry.value;
}

/**
 * The prose lines of `original` that `converted` no longer holds. A line is held when its words are
 * there in a row, or each of its sentences and clauses is (a writer may join them in its own form:
 * `Chosen option: "A". Because …` becomes `Chosen option: "A", because …`).
 */
export function lostProse(original: string, converted: string): string[] {
  const target = ` ${lineWords(converted)} `;
  const holds = (text: string) => lineWords(text) === '' || target.includes(` ${lineWords(text)} `);
  return proseLines(original).filter((line) => !holds(line) && !line.split(/[.;:!?"“”]+(?:\s|$)/).every(holds));
}
