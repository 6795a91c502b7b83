import { z } from 'zod';

/**
 * Every template Cairn knows, as data the UI and `cairn new --template` can offer: each is written in
 * the Markdown dialect of the same id (shared/dialects).
 */
export const KNOWN_TEMPLATE_IDS = ['madr4', 'nygard', 'madr3', 'madr2', 'log4brains'] as const;
export const KnownTemplateId = z.enum(KNOWN_TEMPLATE_IDS);
export type KnownTemplateId = z.infer<typeof KnownTemplateId>;

/**
 * The templates a decision can be created from, as the core stores them: every template Cairn knows,
 * MADR 4 the default. A template's id is the id of the dialect its file is written in.
 */
export const TemplateId = KnownTemplateId;
export type TemplateId = KnownTemplateId;

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
  id: KnownTemplateId;
  name: string;
  description: string;
  /** Whether the template lists decision-makers, consulted and informed people. */
  hasPeople: boolean;
  /** The metadata lines or keys the template asks for, spelled as it spells them (adr-tools keeps the status in a Status section instead). */
  metadata: { field: 'status' | 'date' | 'decisionMakers' | 'consulted' | 'informed' | 'tags'; key: string }[];
  /** The statuses the template offers, in its order; a superseded one names its successor. */
  statuses: string[];
  sections: TemplateSection[];
}

/** The statuses MADR's templates offer ("superseded by ADR-0123"). */
const MADR_STATUSES = ['proposed', 'rejected', 'accepted', 'deprecated', 'superseded'];

export const TEMPLATES: Record<KnownTemplateId, Template> = {
  madr4: {
    id: 'madr4',
    name: 'MADR 4',
    description: 'Markdown Architectural Decision Records, version 4: drivers, options with pros and cons, confirmation.',
    hasPeople: true,
    metadata: [
      { field: 'status', key: 'status' },
      { field: 'date', key: 'date' },
      { field: 'decisionMakers', key: 'decision-makers' },
      { field: 'consulted', key: 'consulted' },
      { field: 'informed', key: 'informed' },
    ],
    statuses: MADR_STATUSES,
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
    metadata: [{ field: 'date', key: 'Date' }],
    statuses: ['proposed', 'accepted', 'deprecated', 'superseded'],
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
  madr3: {
    id: 'madr3',
    name: 'MADR 3',
    description: 'Markdown Architectural Decision Records, version 3: front matter with deciders, consequences in the outcome, validation.',
    hasPeople: true,
    metadata: [
      { field: 'status', key: 'status' },
      { field: 'date', key: 'date' },
      { field: 'decisionMakers', key: 'deciders' },
      { field: 'consulted', key: 'consulted' },
      { field: 'informed', key: 'informed' },
    ],
    statuses: MADR_STATUSES,
    sections: [
      {
        field: 'context',
        heading: 'Context and Problem Statement',
        hint: 'Describe the context and problem statement in two or three sentences, or as a short story. You may phrase the problem as a question.',
        required: true,
      },
      { field: 'drivers', heading: 'Decision Drivers', hint: 'The forces and concerns that shape the decision, one per bullet.', required: false },
      { field: 'options', heading: 'Considered Options', hint: 'The options the team weighed.', required: true },
      { field: 'outcome', heading: 'Decision Outcome', hint: 'Chosen option, because … (the justification).', required: true },
      { field: 'consequences', heading: 'Consequences', hint: 'Good, because …  Bad, because …  (written inside the outcome)', required: false },
      { field: 'confirmation', heading: 'Validation', hint: 'How is the implementation of, or compliance with, the decision validated? A review, an ArchUnit test …', required: false },
      { field: 'moreInformation', heading: 'More Information', hint: 'Evidence, the team agreement, when and how the decision is realised or revisited.', required: false },
    ],
  },
  madr2: {
    id: 'madr2',
    name: 'MADR 2',
    description: 'Markdown Architectural Decision Records, version 2: status, deciders and date as bullets, positive and negative consequences, a Links section.',
    hasPeople: true,
    metadata: [
      { field: 'status', key: 'Status' },
      { field: 'decisionMakers', key: 'Deciders' },
      { field: 'date', key: 'Date' },
    ],
    statuses: MADR_STATUSES,
    sections: [
      {
        field: 'context',
        heading: 'Context and Problem Statement',
        hint: 'Describe the context and problem statement in two or three sentences. You may phrase the problem as a question.',
        required: true,
      },
      { field: 'drivers', heading: 'Decision Drivers', hint: 'The forces and concerns that shape the decision, one per bullet.', required: false },
      { field: 'options', heading: 'Considered Options', hint: 'The options the team weighed.', required: true },
      { field: 'outcome', heading: 'Decision Outcome', hint: 'Chosen option, because … (the justification).', required: true },
      {
        field: 'consequences',
        heading: 'Consequences',
        hint: 'Positive and negative consequences, written inside the outcome: Good, because …  Bad, because …',
        required: false,
      },
    ],
  },
  log4brains: {
    id: 'log4brains',
    name: 'Log4brains',
    description: 'The Log4brains template (MADR 2 with tags and a draft status): files named by date, links in their own section.',
    hasPeople: true,
    metadata: [
      { field: 'status', key: 'Status' },
      { field: 'decisionMakers', key: 'Deciders' },
      { field: 'date', key: 'Date' },
      { field: 'tags', key: 'Tags' },
    ],
    statuses: ['draft', ...MADR_STATUSES],
    sections: [
      {
        field: 'context',
        heading: 'Context and Problem Statement',
        hint: 'Describe the context and problem statement in two or three sentences. You may phrase the problem as a question.',
        required: true,
      },
      { field: 'drivers', heading: 'Decision Drivers', hint: 'The forces and concerns that shape the decision, one per bullet.', required: false },
      { field: 'options', heading: 'Considered Options', hint: 'The options the team weighed.', required: true },
      { field: 'outcome', heading: 'Decision Outcome', hint: 'Chosen option, because … (the justification).', required: true },
      {
        field: 'consequences',
        heading: 'Consequences',
        hint: 'Positive and negative consequences, written inside the outcome: Good, because …  Bad, because …',
        required: false,
      },
    ],
  },
};

export const DEFAULT_TEMPLATE: TemplateId = 'madr4';
