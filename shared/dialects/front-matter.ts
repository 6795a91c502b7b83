import YAML, { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import { DialectError } from './dialect-error';
import { lineFinder } from './line-finder';

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

/**
 * Past these a front matter is hostile or broken, and its file fails alone, named (issue 21): a real
 * ADR has a few dozen keys, two or three levels and hardly an alias. The byte limit is the file's
 * (MAX_ADR_FILE_BYTES, 1 MB).
 */
export const FRONT_MATTER_LIMITS = { keys: 5_000, depth: 64, aliases: 100 } as const;

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
  const { keys, depth, aliases } = FRONT_MATTER_LIMITS;
  if (doc.contents.items.length > keys) {
    throw new DialectError(fileName, 2, `the front matter has ${doc.contents.items.length.toLocaleString('en-US')} keys; Cairn reads at most ${keys.toLocaleString('en-US')}`);
  }
  const deep = firstNodeDeeperThan(doc.contents, depth);
  if (deep) throw new DialectError(fileName, lineOf(deep.range?.[0] ?? 0) + 2, `the front matter nests more than ${depth} levels deep`);
  const toJS = (node: Node): unknown => {
    try {
      return node.toJS(doc, { maxAliasCount: aliases });
    } catch (error) {
      // yaml's own guard against an alias bomb ("Excessive alias count …"), said as this file's fault.
      const message = error instanceof Error ? error.message : String(error);
      const reason = /alias/i.test(message) ? `expands its aliases more than ${aliases} times (a YAML alias bomb)` : `cannot be read: ${message}`;
      throw new DialectError(fileName, lineOf(node.range?.[0] ?? 0) + 2, `the front matter ${reason}`);
    }
  };
  return doc.contents.items.map((pair) => {
    const keyNode = pair.key;
    const valueNode = pair.value;
    const keyRange = isScalar(keyNode) ? keyNode.range : undefined;
    const start = keyRange?.[0] ?? 0;
    const end = Math.max(keyRange?.[1] ?? start, (isScalar(valueNode) || isSeq(valueNode) || isMap(valueNode) ? valueNode.range?.[1] : undefined) ?? start);
    return {
      key: String(isScalar(keyNode) ? keyNode.value : keyNode),
      value: valueNode === null ? null : YAML.isNode(valueNode) ? toJS(valueNode) : valueNode,
      firstLine: lineOf(start) + 1,
      lastLine: lineOf(Math.max(start, end - 1)) + 1,
      quote: isScalar(valueNode) && (valueNode.type === 'QUOTE_DOUBLE' || valueNode.type === 'QUOTE_SINGLE') ? valueNode.type : null,
      sequence: isSeq(valueNode) ? (valueNode.flow ? 'flow' : 'block') : null,
    };
  });
}

/** The first collection nested deeper than `limit` (the top map is level 1), walked without recursion. */
function firstNodeDeeperThan(root: Node, limit: number): Node | null {
  const stack: { node: unknown; level: number }[] = [{ node: root, level: 1 }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { node, level } = next;
    if (!isMap(node) && !isSeq(node)) continue;
    if (level > limit) return node;
    for (const item of node.items) {
      if (isPair(item)) stack.push({ node: item.key, level: level + 1 }, { node: item.value, level: level + 1 });
      else stack.push({ node: item, level: level + 1 });
    }
  }
  return null;
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
