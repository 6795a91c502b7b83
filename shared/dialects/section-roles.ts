import type { ProseField } from './adr-document';

/** What a section holds, read from its heading. */
export type SectionRole = ProseField | 'options' | 'option-details' | 'outcome' | 'status' | 'links';

const ROLES: Record<string, SectionRole> = {
  context: 'context',
  'context and problem statement': 'context',
  'problem statement': 'context',
  'decision drivers': 'drivers',
  drivers: 'drivers',
  'considered options': 'options',
  'decision outcome': 'outcome',
  decision: 'outcome',
  consequences: 'consequences',
  confirmation: 'confirmation',
  validation: 'confirmation',
  'pros and cons of the options': 'option-details',
  'more information': 'moreInformation',
  links: 'links',
  status: 'status',
};

/** Inside a Decision Outcome: MADR 4's "### Consequences"/"### Confirmation", MADR 2's positive and negative consequences. */
const OUTCOME_PARTS: Record<string, 'consequences' | 'consequences-run' | 'confirmation'> = {
  consequences: 'consequences',
  confirmation: 'confirmation',
  validation: 'confirmation',
  'positive consequences': 'consequences-run',
  'negative consequences': 'consequences-run',
};

function normaliseHeadingText(text: string): string {
  return text
    .replace(/[*_`]/g, '')
    .replace(/:\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The field a section heading names ("Context and Problem Statement" → context), or null for one Cairn has no field for. */
export function sectionRole(headingText: string): SectionRole | null {
  return ROLES[normaliseHeadingText(headingText)] ?? null;
}

export function outcomePart(headingText: string): 'consequences' | 'consequences-run' | 'confirmation' | null {
  return OUTCOME_PARTS[normaliseHeadingText(headingText)] ?? null;
}
