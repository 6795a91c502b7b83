import type { DecisionContent } from '../../../shared/domain/decision';

/** The text of a decision as the full-text index holds it, one field per FTS column. */
export interface SearchDocument {
  title: string;
  body: string;
  tags: string;
  people: string;
}

export function toSearchDocument(content: DecisionContent): SearchDocument {
  const body = [
    content.context,
    content.drivers,
    ...content.options.flatMap((o) => [o.name, o.description, ...o.pros, ...o.cons]),
    content.outcome,
    content.consequences,
    content.confirmation,
    content.moreInformation,
    ...content.extraSections.flatMap((s) => [s.heading, s.body]),
  ]
    .map((text) => text.trim())
    .filter((text) => text !== '');
  return {
    title: content.title,
    body: body.join('\n\n'),
    tags: content.tags.join(' '),
    people: peopleOf(content).map((p) => p.name).join('\n'),
  };
}

/** Everyone named in a decision, in any role, once each (names compared without case). */
export function peopleOf(content: DecisionContent): { key: string; name: string }[] {
  const byKey = new Map<string, string>();
  for (const name of [...content.decisionMakers, ...content.consulted, ...content.informed]) {
    const key = personKey(name);
    if (!byKey.has(key)) byKey.set(key, name);
  }
  return [...byKey].map(([key, name]) => ({ key, name }));
}

/** The form a person filter and the people facet compare names in. */
export function personKey(name: string): string {
  return name.trim().toLowerCase();
}
