import { z } from 'zod';

/**
 * The templates a decision can be written from. MADR 4 is the default; the other MADR versions and
 * Log4brains arrive with their Markdown dialects.
 */
export const TemplateId = z.enum(['madr4', 'nygard']);
export type TemplateId = z.infer<typeof TemplateId>;

/** The content fields a template lays out as sections, in the order it shows them. */
export type SectionField =
  | 'context'
  | 'drivers'
  | 'options'
  | 'outcome'
  | 'consequences'
  | 'confirmation'
  | 'moreInformation';

export interface TemplateSection {
  field: SectionField;
  heading: string;
  /** The question the section answers, shown as the editor's placeholder (never saved as content). */
  hint: string;
  required: boolean;
}

export interface Template {
  id: TemplateId;
  name: string;
  description: string;
  /** Whether the template lists decision-makers, consulted and informed people. */
  hasPeople: boolean;
  sections: TemplateSection[];
}

export const TEMPLATES: Record<TemplateId, Template> = {
  madr4: {
    id: 'madr4',
    name: 'MADR 4',
    description: 'Markdown Architectural Decision Records, version 4: drivers, options with pros and cons, confirmation.',
    hasPeople: true,
    sections: [
      {
        field: 'context',
        heading: 'Context and Problem Statement',
        hint: 'Describe the context and problem statement in two or three sentences. You may phrase the problem as a question.',
        required: true,
      },
      {
        field: 'drivers',
        heading: 'Decision Drivers',
        hint: 'The forces and concerns that shape the decision, one per bullet.',
        required: false,
      },
      { field: 'options', heading: 'Considered Options', hint: 'The options the team weighed.', required: true },
      {
        field: 'outcome',
        heading: 'Decision Outcome',
        hint: 'Which option was chosen, and what made the team decide on it?',
        required: true,
      },
      {
        field: 'consequences',
        heading: 'Consequences',
        hint: 'Good, because …  Bad, because …  Neutral, because …',
        required: false,
      },
      {
        field: 'confirmation',
        heading: 'Confirmation',
        hint: 'How will the team confirm the decision is implemented and holds? A review, a test, a fitness function …',
        required: false,
      },
      {
        field: 'moreInformation',
        heading: 'More Information',
        hint: 'Links, evidence, and when the decision should be revisited.',
        required: false,
      },
    ],
  },
  nygard: {
    id: 'nygard',
    name: 'Nygard (adr-tools)',
    description: "Michael Nygard's original form, as adr-tools writes it: context, decision, consequences.",
    hasPeople: false,
    sections: [
      {
        field: 'context',
        heading: 'Context',
        hint: 'The forces at play: technological, political, social and local to the project.',
        required: true,
      },
      { field: 'outcome', heading: 'Decision', hint: 'The response to these forces: "We will …"', required: true },
      {
        field: 'consequences',
        heading: 'Consequences',
        hint: 'What becomes easier or harder once the decision is applied, good and bad.',
        required: true,
      },
    ],
  },
};

export const DEFAULT_TEMPLATE: TemplateId = 'madr4';
