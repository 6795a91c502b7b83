import { defineDialect } from './define-dialect';
import { FRONT_MATTER_KEYS } from './dialect-profile';

/**
 * MADR 4: YAML front matter (`status`, `date`, `decision-makers`, `consulted`, `informed`; other keys
 * such as Jekyll's `parent`/`nav_order` are kept), "### Consequences" and "### Confirmation" inside
 * the Decision Outcome.
 */
export const madr4Dialect = defineDialect({
  id: 'madr4',
  metadata: { home: 'front-matter' },
  keys: FRONT_MATTER_KEYS,
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
    { role: 'option-details', heading: 'Pros and Cons of the Options' },
    { role: 'moreInformation', heading: 'More Information' },
    { role: 'links', heading: 'Links' },
  ],
  outcomeParts: [
    { role: 'consequences', heading: 'Consequences' },
    { role: 'confirmation', heading: 'Confirmation' },
  ],
});
