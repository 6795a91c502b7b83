import YAML, { isMap, isScalar, isSeq } from 'yaml';
import { DialectError } from './dialect-error';

/** One top-level key of a YAML front matter, with the lines it spans inside the block (the `---` line is 0). */
export interface FrontMatterEntry {
  key: string;
  value: unknown;
  firstLine: number;
  lastLine: number;
  /** How the value was written, so a changed value is written the same way (MADR 4 quotes its status). */
  quote: 'QUOTE_DOUBLE' | 'QUOTE_SINGLE' | null;
  sequence: 'block' | 'flow' | null;
}

const OPEN = /^---[ \t]*$/;
const CLOSE = /^(---|\.\.\.)[ \t]*$/;

/** The number of lines the front matter takes at the top of the file (0 when there is none). */
export function frontMatterLength(lines: readonly string[], fileName: string): number {
  if (!OPEN.test(lines[0] ?? '')) return 0;
  const close = lines.findIndex((line, i) => i > 0 && CLOSE.test(line));
  if (close < 0) throw new DialectError(fileName, 1, 'the front matter that starts here is never closed with a "---" line');
  return close + 1;
}

/** The keys of a front matter block; throws a DialectError naming the file line of a YAML error. */
export function readFrontMatter(block: readonly string[], fileName: string): FrontMatterEntry[] {
  const source = block.slice(1, -1).join('\n');
  const doc = YAML.parseDocument(source, { uniqueKeys: false });
  const error = doc.errors[0];
  if (error) {
    const line = error.linePos?.[0]?.line;
    const reason = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? 'invalid YAML';
    throw new DialectError(fileName, line === undefined ? 2 : line + 1, `the front matter is not valid YAML: ${reason}`);
  }
  if (doc.contents === null) return [];
  if (!isMap(doc.contents)) throw new DialectError(fileName, 2, 'the front matter is not a list of "key: value" pairs');
  const lineOf = lineFinder(source);
  return doc.contents.items.map((pair) => {
    const keyNode = pair.key;
    const valueNode = pair.value;
    const keyRange = isScalar(keyNode) ? keyNode.range : undefined;
    const start = keyRange?.[0] ?? 0;
    const end = Math.max(keyRange?.[1] ?? start, (isScalar(valueNode) || isSeq(valueNode) || isMap(valueNode) ? valueNode.range?.[1] : undefined) ?? start);
    return {
      key: String(isScalar(keyNode) ? keyNode.value : keyNode),
      value: valueNode === null ? null : YAML.isNode(valueNode) ? (valueNode.toJS(doc) as unknown) : valueNode,
      firstLine: lineOf(start) + 1,
      lastLine: lineOf(Math.max(start, end - 1)) + 1,
      quote: isScalar(valueNode) && (valueNode.type === 'QUOTE_DOUBLE' || valueNode.type === 'QUOTE_SINGLE') ? valueNode.type : null,
      sequence: isSeq(valueNode) ? (valueNode.flow ? 'flow' : 'block') : null,
    };
  });
}

function lineFinder(source: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') starts.push(i + 1);
  return (offset) => {
    let line = 0;
    while (line + 1 < starts.length && (starts[line + 1] as number) <= offset) line++;
    return line;
  };
}

/** How to write a value: as a sequence (and which kind), and with which quotes. */
export interface YamlStyle {
  quote: FrontMatterEntry['quote'];
  sequence: FrontMatterEntry['sequence'];
}

/** `key: value` as YAML lines, quoted only where YAML needs it or the file quoted it before. */
export function renderYamlPair(key: string, value: string | string[], style: YamlStyle): string[] {
  const doc = new YAML.Document({ [key]: value });
  const node = doc.get(key, true);
  if (isSeq(node)) node.flow = style.sequence !== 'block';
  const text = doc.toString({
    lineWidth: 0,
    flowCollectionPadding: false,
    defaultKeyType: 'PLAIN',
    defaultStringType: style.quote ?? 'PLAIN',
  });
  return text.replace(/\n$/, '').split('\n');
}

/** The block with one key set to new lines (or removed), keeping every other line as written. */
export function replaceFrontMatterKey(block: readonly string[], entry: FrontMatterEntry | undefined, pair: string[] | null): string[] {
  const lines = [...block];
  if (entry) {
    lines.splice(entry.firstLine, entry.lastLine - entry.firstLine + 1, ...(pair ?? []));
  } else if (pair) {
    lines.splice(lines.length - 1, 0, ...pair);
  }
  return lines;
}

export function freshFrontMatter(): string[] {
  return ['---', '---'];
}
