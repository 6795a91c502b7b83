import type { DecisionContent } from '../domain/decision';
import { baseName } from './adr-file-name';

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
    const at = destination.indexOf('#');
    const file = at < 0 ? destination : destination.slice(0, at);
    if (baseName(file) !== fromName || /^[a-z][a-z0-9+.-]*:/i.test(file)) return destination;
    return file.slice(0, file.length - fromName.length) + toName + (at < 0 ? '' : destination.slice(at));
  };
  let fence: string | null = null;
  return markdown
    .split('\n')
    .map((line) => {
      const opening = /^ {0,3}(`{3,}|~{3,})/.exec(line);
      if (fence !== null) {
        if (opening && opening[1]?.[0] === fence[0] && (opening[1]?.length ?? 0) >= fence.length && line.trim() === opening[1]) fence = null;
        return line;
      }
      if (opening?.[1]) {
        fence = opening[1];
        return line;
      }
      const definition = /^( {0,3}\[[^\]]+\]:[ \t]*<?)([^\s>]+)/.exec(line);
      if (definition?.[1] !== undefined && definition[2] !== undefined) return definition[1] + retarget(definition[2]) + line.slice(definition[0].length);
      return outsideCode(line, (text) => text.replace(/(\]\([ \t]*<?)([^\s)>]+)/g, (_, lead: string, destination: string) => lead + retarget(destination)));
    })
    .join('\n');
}

/** `line` with `change` applied to the text between inline code spans only. */
function outsideCode(line: string, change: (text: string) => string): string {
  let out = '';
  let rest = line;
  for (let span = /(`+)[^`]*?\1/.exec(rest); span; span = /(`+)[^`]*?\1/.exec(rest)) {
    out += change(rest.slice(0, span.index)) + span[0];
    rest = rest.slice(span.index + span[0].length);
  }
  return out + change(rest);
}

/**
 * A decision's content with its text's links to `from` pointed at `to` (every Markdown field: the
 * sections, the options' descriptions, pros and cons, the extra sections); null when none links there.
 */
export function rewriteContentLinks(content: DecisionContent, from: string, to: string): DecisionContent | null {
  const text = (markdown: string) => rewriteLinksToFile(markdown, from, to);
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
