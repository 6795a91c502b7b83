import type { DecisionContent } from '../domain/decision';
import { baseName } from './adr-file-name';
import { linksToFile, mapContentText } from './file-link-rewrite';
import { mapLinesOutsideFences, outsideCode } from './markdown-prose';

/** A decision a link points at: its number, and its title before and after a retitle. */
export interface Retitle {
  number: number;
  from: string;
  to: string;
}

/**
 * The text of a link to the retitled decision, with the new title when Cairn wrote it from the old
 * one: the bare title (`[Use SQLite](…)`, what a link line and front matter write) or the number and
 * the title (`[7. Use SQLite](…)`, what adr-tools and Cairn's Nygard links write). Null for any other
 * text: a person wrote it, and it stays theirs.
 */
export function retitledLinkText(text: string, { number, from, to }: Retitle): string | null {
  if (from === to || !isGeneratedLinkText(text, number, from)) return null;
  return text === from ? to : `${number}. ${to}`;
}

/** Whether `text` is a link text Cairn writes for the decision numbered `number` with this title. */
export function isGeneratedLinkText(text: string, number: number, title: string): boolean {
  return text === title || text === `${number}. ${title}`;
}

/**
 * `markdown` with the text of its inline links to the file named `file` (`[7. Old](0007-old.md#x)`,
 * `[Old](./0007-old.md "tip")`) given the new title where Cairn generated it from the old one (see
 * `retitledLinkText`). Every other byte stays: the destination, hand-written link texts, images' alt
 * text, links to other files, reference-style links and code (fenced blocks, inline code spans).
 */
export function rewriteLinkTitles(markdown: string, file: string, retitle: Retitle): string {
  if (retitle.from === retitle.to || !markdown.includes(retitle.from)) return markdown;
  const name = baseName(file);
  return mapLinesOutsideFences(markdown, (line) =>
    outsideCode(line, (text) =>
      text.replace(/(!?)\[([^[\]\n]*)\](\([ \t]*<?)([^\s)>]+)/g, (whole: string, bang: string, label: string, lead: string, destination: string) => {
        if (bang !== '' || !linksToFile(destination, name)) return whole;
        const next = retitledLinkText(label, retitle);
        return next === null ? whole : `[${next}]${lead}${destination}`;
      }),
    ),
  );
}

/** A decision's content with its links' texts to `file` retitled in every Markdown field; null when none changed. */
export function rewriteContentLinkTitles(content: DecisionContent, file: string, retitle: Retitle): DecisionContent | null {
  return mapContentText(content, (markdown) => rewriteLinkTitles(markdown, file, retitle));
}
