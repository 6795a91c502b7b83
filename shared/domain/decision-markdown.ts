import { NO_DATE } from './calendar-date';
import type { ConsideredOption, DateSource, DecisionContent } from './decision';
import { dateSourceWords, formatDecisionNumber } from './decision';
import { statusLabel } from './decision-status';
import { TEMPLATES, type KnownTemplateId, type SectionField } from './template';

/**
 * The Markdown view of a decision, as the detail page and the revision diff show it. The
 * repository's own dialects (adr-tools, MADR 2–4, Log4brains) live in shared/dialects and own
 * the exact bytes written to disk; this is the readable rendering inside the app. A new decision not
 * saved yet has no number (null): its title stands alone. With `dateSource`, a date the record does
 * not state itself says where it comes from ("from git history"), as the pages do; revisions store none.
 */
export function renderDecisionMarkdown(number: number | null, template: KnownTemplateId, content: DecisionContent, dateSource: DateSource | null = null): string {
  const t = TEMPLATES[template];
  const out: string[] = [number === null ? `# ${content.title}` : `# ${formatDecisionNumber(number)}. ${content.title}`, ''];
  const from = content.date === null ? null : dateSourceWords(dateSource);
  out.push(`* Status: ${statusLabel(content.status)}`, `* Date: ${content.date ?? NO_DATE}${from ? ` (${from})` : ''}`);
  if (content.reviewBy) out.push(`* Review by: ${content.reviewBy}`);
  if (t.hasPeople) {
    if (content.decisionMakers.length) out.push(`* Decision-makers: ${content.decisionMakers.join(', ')}`);
    if (content.consulted.length) out.push(`* Consulted: ${content.consulted.join(', ')}`);
    if (content.informed.length) out.push(`* Informed: ${content.informed.join(', ')}`);
  }
  if (content.tags.length) out.push(`* Tags: ${content.tags.join(', ')}`);
  out.push('');
  for (const section of t.sections) {
    const body = sectionBody(section.field, content);
    if (!body) continue;
    out.push(`## ${section.heading}`, '', body, '');
  }
  if (t.sections.some((s) => s.field === 'options') && content.options.some(hasArguments)) {
    out.push('## Pros and Cons of the Options', '');
    for (const option of content.options.filter(hasArguments)) out.push(...optionDetails(option));
  }
  for (const extra of content.extraSections) out.push(`## ${extra.heading}`, '', extra.body.trim(), '');
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

function sectionBody(field: SectionField, content: DecisionContent): string {
  switch (field) {
    case 'options':
      return content.options.map((o) => `* ${o.name}`).join('\n');
    case 'outcome': {
      const chosen = content.chosenOption ? `Chosen option: "${content.chosenOption}"` : '';
      const justification = content.outcome.trim();
      if (chosen && justification) return `${chosen}, because ${justification}`;
      return chosen || justification;
    }
    default:
      return content[field].trim();
  }
}

function hasArguments(option: ConsideredOption): boolean {
  return option.description.trim() !== '' || option.pros.length > 0 || option.cons.length > 0;
}

function optionDetails(option: ConsideredOption): string[] {
  const lines = [`### ${option.name}`, ''];
  if (option.description.trim()) lines.push(option.description.trim(), '');
  for (const pro of option.pros) lines.push(`* Good, because ${pro}`);
  for (const con of option.cons) lines.push(`* Bad, because ${con}`);
  lines.push('');
  return lines;
}
