import type { ConsideredOption } from '../domain/decision';
import { mergeItems, type Segment } from './line-merge';
import { findHeadings, freshHeading, isBlank, isCommentOnly, linesToText, markTextLines, parseHeadingLine, renderHeading, textToLines } from './markdown-lines';
import { matchGroup } from '../text/match-group';

const LIST_ITEM = /^( {0,3})([*+-]|\d{1,9}[.)])([ \t]+)(.*)$/;
const ARGUMENT = /^(Good|Bad),?[ \t]+because[ \t]+(\S.*)$/i;

export interface ListItem {
  /** Indent, marker and the space after it: `* `, `- `, `1. `. */
  marker: string;
  /** The item's text: its first line and its continuation lines, "\n"-joined. */
  text: string;
}

/**
 * Cuts a body into list items and the lines between them. An item runs over its continuation and
 * nested lines; blank lines after an item are their own segment, so items can be added after it.
 */
export function listSegments(lines: readonly string[]): Segment<ListItem>[] {
  const segments: Segment<ListItem>[] = [];
  let i = 0;
  while (i < lines.length) {
    const m = LIST_ITEM.exec(lines[i] as string);
    if (!m) {
      pushFixed(segments, lines[i] as string);
      i++;
      continue;
    }
    const indent = matchGroup(m, 1).length;
    let end = i + 1;
    while (end < lines.length && continuesItem(lines, end, indent)) end++;
    while (end > i + 1 && isBlank(lines[end - 1] as string)) end--;
    const itemLines = lines.slice(i, end);
    segments.push({ lines: itemLines, item: { marker: matchGroup(m, 1) + matchGroup(m, 2) + matchGroup(m, 3), text: [m[4], ...itemLines.slice(1)].join('\n') } });
    i = end;
  }
  return segments;
}

function continuesItem(lines: readonly string[], index: number, indent: number): boolean {
  const line = lines[index] as string;
  if (isBlank(line)) {
    const next = lines.slice(index).find((l) => !isBlank(l));
    return next !== undefined && leadingSpaces(next) > indent + 1;
  }
  const item = LIST_ITEM.exec(line);
  return item ? matchGroup(item, 1).length > indent : true;
}

function leadingSpaces(line: string): number {
  return line.length - line.trimStart().length;
}

function pushFixed<T>(segments: Segment<T>[], line: string): void {
  const last = segments[segments.length - 1];
  if (last && last.item === null) last.lines.push(line);
  else segments.push({ lines: [line], item: null });
}

const MAX_NAME = 300;

/**
 * A list item cut into the option's name and the body below it: the name is the first line, with
 * the lines that wrap it (an indented line continuing a line that does not end a sentence) as long
 * as it stays a name; the rest (more text, nested bullets, "Good, because" items) is the body.
 */
function itemParts(item: ListItem): { name: string; body: string[] } {
  const [first, ...more] = item.text.split('\n') as [string, ...string[]];
  // The name without a trailing template comment ("… <!-- numbers of options can vary -->").
  const stripped = first.replace(/\s*<!--.*?-->\s*$/, '');
  let name = (stripped.trim() === '' ? first : stripped).trim();
  let k = 0;
  while (k < more.length && wrapsName(name, more[k] as string)) {
    name = `${name} ${(more[k] as string).trim()}`;
    k++;
  }
  return { name, body: more.slice(k) };
}

function wrapsName(name: string, line: string): boolean {
  return !isBlank(line) && !LIST_ITEM.test(line.trimStart()) && !/[.!?:;]$/.test(name) && name.length + line.trim().length < MAX_NAME;
}

/** The body of a list item without the indent of its content, so it reads as Markdown of its own. */
function dedent(lines: readonly string[]): string[] {
  const indents = lines.filter((line) => !isBlank(line)).map((line) => line.length - line.trimStart().length);
  const cut = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map((line) => (isBlank(line) ? '' : line.slice(cut)));
}

/**
 * The options a "Considered Options" list holds: each item's name, and what the item says below its
 * name (text, nested bullets, "Good/Bad, because" arguments) as its description, pros and cons.
 */
export function readOptionList(lines: readonly string[]): OptionDetails[] {
  return listSegments(lines).flatMap((segment) => {
    if (!segment.item) return [];
    const { name, body } = itemParts(segment.item);
    if (name === '') return [];
    return [readDetails(name, dedent(body)).option];
  });
}

/**
 * Whether a "Considered Options" body is a list of options: list items and nothing else but blank
 * lines and comments. A body with its own paragraphs (an intro per group of options, an HTML
 * <details> block) is text Cairn keeps as written.
 */
export function isOptionList(lines: readonly string[]): boolean {
  return listSegments(lines).every((segment) => segment.item !== null || segment.lines.every((line) => isBlank(line) || isCommentOnly(line)));
}

/**
 * Whether an options body is one subsection per option ("### Option A" with its pros and cons):
 * nothing but blank lines and comments before the first subsection. An introduction of its own, or a
 * body of text only, is text Cairn keeps as written.
 */
export function isOptionDetails(lines: readonly string[]): boolean {
  const first = findHeadings(lines, markTextLines(lines), 0, lines.length)[0]?.index ?? lines.length;
  return lines.slice(0, first).every((line) => isBlank(line) || isCommentOnly(line));
}

type OptionDetails = Omit<ConsideredOption, 'name'> & { name: string };

/** Cuts a "Pros and Cons of the Options" body into one segment per option subsection. */
function detailSegments(lines: readonly string[]): { segments: Segment<OptionDetails>[]; marker: string | null } {
  const headings = findHeadings(lines, markTextLines(lines), 0, lines.length);
  const level = Math.min(...headings.map((h) => h.level));
  const starts = headings.filter((h) => h.level === level);
  const segments: Segment<OptionDetails>[] = [];
  const first = starts[0]?.index ?? lines.length;
  if (first > 0) segments.push({ lines: lines.slice(0, first), item: null });
  let marker: string | null = null;
  starts.forEach((start, k) => {
    let end = starts[k + 1]?.index ?? lines.length;
    const trailing: string[] = [];
    while (end > start.index + 1 && isBlank(lines[end - 1] as string)) trailing.unshift(lines[--end] as string);
    const body = lines.slice(start.index + 1, end);
    const details = readDetails(start.heading.text, body);
    marker ??= details.marker;
    segments.push({ lines: lines.slice(start.index, end), item: details.option });
    if (trailing.length > 0) segments.push({ lines: trailing, item: null });
  });
  return { segments, marker };
}

/** Good/Bad arguments become pros and cons; every other line (neutral arguments, examples) is the description. */
function readDetails(name: string, body: readonly string[]): { option: OptionDetails; marker: string | null } {
  const pros: string[] = [];
  const cons: string[] = [];
  const description: string[] = [];
  let marker: string | null = null;
  for (const segment of listSegments(body)) {
    const argument = segment.item ? ARGUMENT.exec(segment.item.text.split('\n')[0] as string) : null;
    if (!segment.item || !argument) {
      description.push(...segment.lines);
      continue;
    }
    marker ??= segment.item.marker;
    // Trimmed as the decision schema trims list items, so what is read is what is stored.
    const text = [matchGroup(argument, 2), ...segment.item.text.split('\n').slice(1)].join('\n').trim();
    (matchGroup(argument, 1).toLowerCase() === 'good' ? pros : cons).push(text);
  }
  return { option: { name, description: tidyDescription(description), pros, cons }, marker };
}

function tidyDescription(lines: readonly string[]): string {
  const kept = lines.filter((line, i) => !(isBlank(line) && (i === 0 || isBlank(lines[i - 1] as string))));
  return linesToText(kept).trim() === '' ? '' : linesToText(trimBlankLines(kept));
}

function trimBlankLines(lines: readonly string[]): string[] {
  let [start, end] = [0, lines.length];
  while (start < end && isBlank(lines[start] as string)) start++;
  while (end > start && isBlank(lines[end - 1] as string)) end--;
  return lines.slice(start, end);
}

/** The option subsections of a "Pros and Cons of the Options" body. */
export function readOptionDetails(lines: readonly string[]): OptionDetails[] {
  return detailSegments(lines).segments.flatMap((segment) => (segment.item ? [segment.item] : []));
}

/**
 * Options listed under "Considered Options" (with what their list items say below the name), with
 * the description, pros and cons their subsections give, matched by name (or, failing that, by one
 * name starting with the other: a list item often says more than its subsection heading). What the
 * list item says comes first, then what the subsection says; a subsection no listed option matches
 * is an option of its own.
 */
export function combineOptions(listed: readonly OptionDetails[], details: readonly OptionDetails[]): ConsideredOption[] {
  return matchOptions(listed, details).options;
}

/** The names of listed options whose details their list item holds: it says more than the name and no subsection has details for it. */
export function listHeldOptions(listed: readonly OptionDetails[], details: readonly OptionDetails[]): Set<string> {
  const { matched } = matchOptions(listed, details);
  return new Set(listed.flatMap((option, i) => (hasDetails(option) && !matched.has(i) ? [option.name] : [])));
}

function matchOptions(listed: readonly OptionDetails[], details: readonly OptionDetails[]): { options: ConsideredOption[]; matched: Set<number> } {
  const options: ConsideredOption[] = listed.map((option) => ({ ...option }));
  const count = options.length;
  const matched = new Set<number>();
  const find = (test: (option: ConsideredOption) => boolean) => options.findIndex((option, i) => i < count && !matched.has(i) && test(option));
  for (const detail of details) {
    let index = find((option) => sameOptionName(option.name, detail.name));
    if (index < 0) index = find((option) => namePrefixes(option.name, detail.name));
    if (index < 0) {
      options.push({ ...detail });
      continue;
    }
    matched.add(index);
    const listed = options[index] as ConsideredOption;
    options[index] = {
      name: listed.name,
      description: [listed.description, detail.description].filter((text) => text !== '').join('\n\n'),
      pros: [...listed.pros, ...detail.pros],
      cons: [...listed.cons, ...detail.cons],
    };
  }
  return { options, matched };
}

function namePrefixes(a: string, b: string): boolean {
  const [x, y] = [plainName(a), plainName(b)];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length > 0 && long.startsWith(short) && /^[\s(,.:;–—-]/.test(long.slice(short.length));
}

/** "[CC0](https://…)" in the list and "### CC0" in the details name the same option. */
function sameOptionName(a: string, b: string): boolean {
  return plainName(a) === plainName(b);
}

function plainName(name: string): string {
  return name
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*_"'“”]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export function hasDetails(option: ConsideredOption): boolean {
  return option.description !== '' || option.pros.length > 0 || option.cons.length > 0;
}

/**
 * The "Considered Options" body holding `options`, changing only the items that differ: a new name,
 * or (`changed`) details that changed. The options named in `holdsDetails` have their description,
 * pros and cons in their list item, nested below the name; the others only their name (a changed
 * one loses what its item said below the name: its subsection now says all of it).
 */
export function writeOptionList(
  lines: readonly string[],
  options: readonly ConsideredOption[],
  defaultMarker: string,
  holdsDetails: ReadonlySet<string> = new Set(),
  changed: ReadonlySet<string> = new Set(),
): string[] {
  if (lines.every(isBlank)) return fillEmptyBody(lines, freshOptionList(options, defaultMarker));
  const segments = listSegments(lines);
  const marker = segments.find((s) => s.item)?.item?.marker ?? defaultMarker;
  const written = segments.map((s) => {
    if (!s.item) return { lines: s.lines, item: null };
    const { name, body } = itemParts(s.item);
    return { lines: s.lines, item: readDetails(name, dedent(body)).option };
  });
  const lastText = lines.reduce((last, line, i) => (isBlank(line) ? last : i), -1);
  return mergeItems<ConsideredOption>(written, options, {
    same: (a, b) => a.name === b.name && (!changed.has(b.name) || (!holdsDetails.has(b.name) && !hasDetails(a))),
    render: (option, replacing) => {
      const itemStart = replacing ? itemMarker(replacing.lines[0] as string, marker) : marker;
      const nested = holdsDetails.has(option.name) ? nestedDetails(option, `${itemStart.trim().replace(/^\d+[.)]$/, '-')} `) : [];
      const indent = ' '.repeat(itemStart.length);
      return [itemStart + option.name, ...nested.map((line) => (line === '' ? '' : indent + line))];
    },
    insertAfter: segmentIndexOfLine(written, lastText),
  });
}

function itemMarker(line: string, fallback: string): string {
  const m = LIST_ITEM.exec(line);
  return m ? matchGroup(m, 1) + matchGroup(m, 2) + matchGroup(m, 3) : fallback;
}

function segmentIndexOfLine<T>(segments: readonly Segment<T>[], line: number): number {
  let seen = 0;
  for (let i = 0; i < segments.length; i++) {
    seen += (segments[i] as Segment<T>).lines.length;
    if (line < seen) return i;
  }
  return segments.length - 1;
}

/**
 * The "Pros and Cons of the Options" body holding the details of `options`, rewriting only changed
 * subsections. `everyOption`: the body is the options' only home (a "Considered Options" section
 * written as subsections), so an option without details gets its subsection too.
 */
export function writeOptionDetails(
  lines: readonly string[],
  allOptions: readonly ConsideredOption[],
  level: number,
  defaultMarker: string,
  everyOption = false,
  listHeld: ReadonlySet<string> = new Set(),
  changed: ReadonlySet<string> | null = null,
): string[] {
  const options = allOptions.filter((o) => !listHeld.has(o.name));
  if (lines.every(isBlank)) return fillEmptyBody(lines, freshOptionDetails(options, level, defaultMarker));
  const { segments, marker } = detailSegments(lines);
  const written = segments.flatMap((s) => (s.item ? [s.item.name] : []));
  const wanted = everyOption ? options : options.filter((o) => hasDetails(o) || written.some((name) => sameOptionName(name, o.name)));
  const lastText = lines.reduce((last, line, i) => (isBlank(line) ? last : i), -1);
  return mergeItems(segments, wanted, {
    // An option whose value did not change keeps its subsection, even where its list item says part of it.
    same: (a, b) => sameOptionName(a.name, b.name) && (sameDetails(a, b) || (changed !== null && !changed.has(b.name))),
    render: (option, replacing) => {
      const heading = replacing ? parseHeadingLine(replacing.lines[0] as string) : null;
      const headingLine =
        heading && sameOptionName(heading.heading.text, option.name) ? (replacing?.lines[0] as string) : renderHeading(freshHeading(level, option.name));
      const body = renderDetails(option, marker ?? defaultMarker);
      return replacing ? [headingLine, ...body] : ['', headingLine, ...body];
    },
    insertAfter: segmentIndexOfLine(segments, lastText),
  });
}

/** A section that had no text gets its new text after one blank line, keeping the blank lines that follow. */
function fillEmptyBody(lines: readonly string[], fresh: readonly string[]): string[] {
  if (fresh.length === 0) return [...lines];
  return lines.length === 0 ? ['', ...fresh, ''] : [lines[0] as string, ...fresh, ...(lines.length > 1 ? lines.slice(1) : [''])];
}

function sameDetails(a: ConsideredOption, b: ConsideredOption): boolean {
  return a.description === b.description && JSON.stringify([a.pros, a.cons]) === JSON.stringify([b.pros, b.cons]);
}

/** An option's details nested in its list item, as a tight list: the description, then its arguments. */
function nestedDetails(option: ConsideredOption, marker: string): string[] {
  return [...textToLines(option.description), ...optionArguments(option).flatMap((arg) => textToLines(marker + arg))];
}

function optionArguments(option: ConsideredOption): string[] {
  return [...option.pros.map((p) => `Good, because ${p}`), ...option.cons.map((c) => `Bad, because ${c}`)];
}

function renderDetails(option: ConsideredOption, marker: string): string[] {
  const lines: string[] = [];
  if (option.description !== '') lines.push('', ...textToLines(option.description));
  const args = optionArguments(option);
  if (args.length > 0) lines.push('', ...args.flatMap((arg) => textToLines(marker + arg)));
  return lines;
}

/** A fresh "Considered Options" body. */
export function freshOptionList(options: readonly ConsideredOption[], marker: string): string[] {
  return options.map((o) => marker + o.name);
}

/** A fresh "Pros and Cons of the Options" body, one subsection per option that has details. */
export function freshOptionDetails(options: readonly ConsideredOption[], level: number, marker: string): string[] {
  return options.filter(hasDetails).flatMap((option, i) => [...(i === 0 ? [] : ['']), renderHeading(freshHeading(level, option.name)), ...renderDetails(option, marker)]);
}
