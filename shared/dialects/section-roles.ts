import type { ProseField } from './adr-document';

/** What a section holds, read from its heading. */
export type SectionRole = ProseField | 'options' | 'option-details' | 'outcome' | 'status' | 'links';

/** Section headings in English, German, French, Spanish and Portuguese (lower case, without accents). */
const ROLES: Record<string, SectionRole> = {
  context: 'context',
  kontext: 'context',
  contexte: 'context',
  contexto: 'context',
  'kontext und problemstellung': 'context',
  'contexte et probleme': 'context',
  'contexto y problema': 'context',
  'contexto e problema': 'context',
  entscheidung: 'outcome',
  decision: 'outcome',
  decisao: 'outcome',
  entscheidungsergebnis: 'outcome',
  konsequenzen: 'consequences',
  folgen: 'consequences',
  consequences: 'consequences',
  consecuencias: 'consequences',
  consequencias: 'consequences',
  'betrachtete optionen': 'options',
  'options envisagees': 'options',
  'options considerees': 'options',
  'opciones consideradas': 'options',
  'opcoes consideradas': 'options',
  entscheidungstreiber: 'drivers',
  statut: 'status',
  estado: 'status',
  situacao: 'status',
  'context and problem statement': 'context',
  'problem statement': 'context',
  'decision drivers': 'drivers',
  drivers: 'drivers',
  'considered options': 'options',
  'decision outcome': 'outcome',
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
  // Accents come off only where there are any: headings are read for every section of every file.
  const plain = /[^\x20-\x7e]/.test(text) ? text.normalize('NFD').replace(/\p{M}/gu, '') : text;
  return plain
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

/**
 * Headings that name a part of a record rather than the record: a first "# Context" or "# Abstract"
 * is a section when the front matter or the record's folder gives the title.
 */
const SECTION_NAMES = new Set(['abstract', 'summary', 'background', 'overview', 'introduction', 'motivation', 'problem', 'solution', 'rationale', 'goals', 'metadata', 'zusammenfassung', 'resume', 'resumen', 'resumo']);

export function isSectionName(headingText: string): boolean {
  const normal = normaliseHeadingText(headingText);
  return sectionRole(headingText) !== null || outcomePart(headingText) !== null || SECTION_NAMES.has(normal);
}
