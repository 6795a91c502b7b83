import { defineDialect } from './define-dialect';
import { LINE_KEYS } from './dialect-profile';

/**
 * Log4brains (MADR 2 with its patch): `YYYYMMDD-slug.md` files, `- Status:`/`- Date:`/`- Tags:`
 * bullets, a missing status meaning accepted, and links in a "## Links" section. File names carry a
 * date, not a number.
 */
export const log4brainsDialect = defineDialect({
  id: 'log4brains',
  metadata: { home: 'lines', style: { kind: 'bullet', marker: '- ' } },
  keys: { ...LINE_KEYS, decisionMakers: 'Deciders' },
  statusHome: 'metadata',
  statusCase: 'lower',
  statusWhenAbsent: 'accepted',
  numberedTitle: false,
  listMarker: '- ',
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
