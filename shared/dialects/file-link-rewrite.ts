import type { DecisionContent } from '../domain/decision';
import { baseName } from './adr-file-name';
import { mapLinesOutsideFences, outsideCode } from './markdown-prose';

/**
 * `markdown` with every Markdown link to the file named `from` pointed at `to` instead: inline links
 * and images (`[text](0009-x.md#anchor)`, `(./0009-x.md)`, `(<0009-x.md>)`) and reference definitions
 * (`[9]: 0009-x.md`), the folder part and the anchor kept. Every other byte stays as it was: the link
 * text, a mere mention of the number or the name, and code (fenced blocks, inline code spans).
 * `from` and `to` are file names (a path's last part is used).
 */
export function rewriteLinksToFile(markdown: string, from: string, to: string): string {
  const fromName = baseName(from);
  const toName = baseName(to);
  if (fromName === toName || !markdown.includes(fromName)) return markdown;
  const retarget = (destination: string): string => {
    if (!linksToFile(destination, fromName)) return destination;
    const at = destination.indexOf('#');
    const file = at < 0 ? destination : destination.slice(0, at);
    return file.slice(0, file.length - fromName.length) + toName + (at < 0 ? '' : destination.slice(at));
  };
  return mapLinesOutsideFences(markdown, (line) => {
    const definition = /^( {0,3}\[[^\]]+\]:[ \t]*<?)([^\s>]+)/.exec(line);
    if (definition?.[1] !== undefined && definition[2] !== undefined) return definition[1] + retarget(definition[2]) + line.slice(definition[0].length);
    return outsideCode(line, (text) => text.replace(/(\]\([ \t]*<?)([^\s)>]+)/g, (_, lead: string, destination: string) => lead + retarget(destination)));
  });
}

/** Whether a link's destination (`./0009-x.md#anchor`) is the file named `name`, not a web address. */
export function linksToFile(destination: string, name: string): boolean {
  const at = destination.indexOf('#');
  const file = at < 0 ? destination : destination.slice(0, at);
  return baseName(file) === name && !/^[a-z][a-z0-9+.-]*:/i.test(file);
}

/**
 * A decision's content with its text's links to `from` pointed at `to` (every Markdown field: the
 * sections, the options' descriptions, pros and cons, the extra sections); null when none links there.
 */
export function rewriteContentLinks(content: DecisionContent, from: string, to: string): DecisionContent | null {
  return mapContentText(content, (markdown) => rewriteLinksToFile(markdown, from, to));
}

/**
 * A decision's content with `text` applied to every Markdown field (the sections, the options'
 * descriptions, pros and cons, the extra sections); null when it changed none.
 */
export function mapContentText(content: DecisionContent, text: (markdown: string) => string): DecisionContent | null {
  const next: DecisionContent = {
    ...content,
    context: text(content.context),
    drivers: text(content.drivers),
    outcome: text(content.outcome),
    consequences: text(content.consequences),
    confirmation: text(content.confirmation),
    moreInformation: text(content.moreInformation),
    options: content.options.map((option) => ({ ...option, description: text(option.description), pros: option.pros.map(text), cons: option.cons.map(text) })),
    extraSections: content.extraSections.map((section) => ({ ...section, body: text(section.body) })),
  };
  return JSON.stringify(next) === JSON.stringify(content) ? null : next;
}
