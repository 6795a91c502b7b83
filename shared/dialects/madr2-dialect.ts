import { defineDialect } from './define-dialect';
import { LINE_KEYS } from './dialect-profile';

/** MADR 2: `* Status: accepted`, `* Deciders: …`, `* Date: …` bullets under the title, and a "## Links" section. */
export const madr2Dialect = defineDialect({
  id: 'madr2',
  metadata: { home: 'lines', style: { kind: 'bullet', marker: '* ' } },
  keys: { ...LINE_KEYS, decisionMakers: 'Deciders' },
  statusHome: 'metadata',
  statusCase: 'lower',
  statusWhenAbsent: null,
  numberedTitle: false,
  listMarker: '* ',
  sections: [
    { role: 'context', heading: 'Context and Problem Statement' },
    { role: 'drivers', heading: 'Decision Drivers' },
    { role: 'options', heading: 'Considered Options' },
    { role: 'outcome', heading: 'Decision Outcome' },
    { role: 'confirmation', heading: 'Confirmation' },
    { role: 'option-details', heading: 'Pros and Cons of the Options' },
    { role: 'links', heading: 'Links' },
    { role: 'moreInformation', heading: 'More Information' },
  ],
  outcomeParts: [{ role: 'consequences', heading: 'Consequences' }],
});
