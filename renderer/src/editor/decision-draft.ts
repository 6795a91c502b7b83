import type { DecisionContent } from '../../../shared/domain/decision';
import { formatCommaList, parseCommaList, parseTagList } from './comma-list';
import { parseLineList } from './line-list';

/** A considered option as the form holds it: pros and cons as one-per-line text. */
export interface OptionDraft {
  name: string;
  description: string;
  pros: string;
  cons: string;
}

/**
 * The editor's form state: list fields kept as the text the person typed, so typing "Ana, " is not
 * reformatted under their cursor. contentFromDraft turns it back into DecisionContent.
 */
export interface DecisionDraft {
  title: string;
  /** Empty: no status (unknown, as a file without one). */
  status: string;
  /** Empty: no date (unknown). */
  date: string;
  reviewBy: string;
  decisionMakers: string;
  consulted: string;
  informed: string;
  tags: string;
  context: string;
  drivers: string;
  options: OptionDraft[];
  chosenOption: string;
  outcome: string;
  consequences: string;
  confirmation: string;
  moreInformation: string;
  extraSections: { heading: string; body: string }[];
}

/** The form state for a decision's current content. */
export function draftFromContent(content: DecisionContent): DecisionDraft {
  return {
    title: content.title,
    status: content.status ?? '',
    date: content.date ?? '',
    reviewBy: content.reviewBy ?? '',
    decisionMakers: formatCommaList(content.decisionMakers),
    consulted: formatCommaList(content.consulted),
    informed: formatCommaList(content.informed),
    tags: formatCommaList(content.tags),
    context: content.context,
    drivers: content.drivers,
    options: content.options.map((option) => ({
      name: option.name,
      description: option.description,
      pros: option.pros.join('\n'),
      cons: option.cons.join('\n'),
    })),
    chosenOption: content.chosenOption ?? '',
    outcome: content.outcome,
    consequences: content.consequences,
    confirmation: content.confirmation,
    moreInformation: content.moreInformation,
    extraSections: content.extraSections.map((section) => ({ ...section })),
  };
}

/** The content the form describes; not validated here — the core's schema names any bad field. */
export function contentFromDraft(draft: DecisionDraft): DecisionContent {
  return {
    title: draft.title.trim(),
    status: draft.status === '' ? null : draft.status,
    date: draft.date === '' ? null : draft.date,
    reviewBy: draft.reviewBy === '' ? null : draft.reviewBy,
    decisionMakers: parseCommaList(draft.decisionMakers),
    consulted: parseCommaList(draft.consulted),
    informed: parseCommaList(draft.informed),
    tags: parseTagList(draft.tags),
    context: draft.context,
    drivers: draft.drivers,
    options: draft.options.map((option) => ({
      name: option.name.trim(),
      description: option.description,
      pros: parseLineList(option.pros),
      cons: parseLineList(option.cons),
    })),
    chosenOption: draft.chosenOption.trim() === '' ? null : draft.chosenOption.trim(),
    outcome: draft.outcome,
    consequences: draft.consequences,
    confirmation: draft.confirmation,
    moreInformation: draft.moreInformation,
    extraSections: draft.extraSections.map((section) => ({ ...section })),
  };
}

/** A new, empty option. */
export function emptyOptionDraft(): OptionDraft {
  return { name: '', description: '', pros: '', cons: '' };
}
