/*
 * The corpus files as the tests read them. Only test files touch node:*, so they hand in the file
 * system (`import * as fs from 'node:fs'`); this module only walks it.
 */
import { matchGroup } from '../text/match-group';

/** The part of node:fs the corpus walk needs. */
export interface CorpusDisk {
  readdirSync(path: URL): string[];
  readFileSync(path: URL, encoding: 'utf8'): string;
  statSync(path: URL): { isDirectory(): boolean };
}

export const CORPUS = new URL('../../../shared/corpus/', import.meta.url);

export interface CorpusFile {
  /** Where it is: a path in the corpus, or a transcript and the file it shows. */
  name: string;
  /** The file's path, as an importer would give it. */
  fileName: string;
  text: string;
}

function markdownFiles(disk: CorpusDisk, dir: URL): URL[] {
  return disk
    .readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      const path = new URL(encodeURIComponent(entry), dir);
      if (disk.statSync(path).isDirectory()) return markdownFiles(disk, new URL(`${encodeURIComponent(entry)}/`, dir));
      return entry.endsWith('.md') ? [path] : [];
    });
}

const COMMAND = /^(adr |cat |head |ls( |$)|grep |mkdir |cd |export |if |then$|fi$|echo |\(|\)|EDITOR=|VISUAL=|_adr_autocomplete|# with )/;

/**
 * The files adr-tools' own test transcripts show: whole files after `cat x.md`, the first N lines
 * after `head -N x.md` (each a file of its own as far as a reader can tell).
 */
function transcriptFiles(disk: CorpusDisk): CorpusFile[] {
  const dir = new URL('adr-tools-expected/tests/', CORPUS);
  return disk
    .readdirSync(dir)
    .sort()
    .flatMap((transcript) => {
      const lines = disk.readFileSync(new URL(transcript, dir), 'utf8').split('\n');
      const files: CorpusFile[] = [];
      lines.forEach((line, i) => {
        const shown = /^(?:cat|head -(\d+)) (\S+\.md)$/.exec(line);
        if (!shown) return;
        const limit = shown[1] ? Number(shown[1]) : Infinity;
        const output: string[] = [];
        for (let j = i + 1; j < lines.length && output.length < limit && !COMMAND.test(lines[j] as string); j++) output.push(lines[j] as string);
        if (!shown[1]) while (output.length > 0 && output[output.length - 1] === '' && i + 1 + output.length === lines.length) output.pop();
        const path = matchGroup(shown, 2);
        files.push({ name: `adr-tools-expected/tests/${transcript} → ${line}`, fileName: path.split('/').pop() as string, text: output.join('\n') + '\n' });
      });
      return files;
    });
}

/** Every Markdown file of the corpus (its README aside) and every file its adr-tools transcripts show. */
export function corpusFiles(disk: CorpusDisk): CorpusFile[] {
  const files = markdownFiles(disk, CORPUS)
    .map((url) => ({ url, name: decodeURIComponent(url.href.slice(CORPUS.href.length)) }))
    .filter(({ name }) => name !== 'README.md')
    .map(({ url, name }) => ({ name, fileName: decodeURIComponent(url.pathname), text: disk.readFileSync(url, 'utf8') }));
  return [...files, ...transcriptFiles(disk)];
}

/** The corpus folder a file belongs to, as the corpus README lists them. */
export function folderOf(name: string): string {
  return name.startsWith('adr-tools-expected') ? 'adr-tools-expected' : (name.split('/')[0] as string);
}
